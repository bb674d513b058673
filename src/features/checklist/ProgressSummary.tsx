// A messenger's progress at a glance: "4 of 9 done, 2 essentials left", a bar, and the next
// essential step. Shown once the page is hydrated, from this browser's saved progress.
import { Suspense, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import type { MessengerId } from '../../content/messengers.ts';
import { useProgressStore } from '../../store/hooks.ts';
import { itemKey } from '../../store/model.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { indexFor, useCatalog } from '../../catalog/catalog.ts';
import { summarize, summaryText } from './progress.ts';

interface Props {
  messenger: MessengerId;
  /** Announce changes politely to screen readers (one summary per page at most). */
  live?: boolean;
}

export function ProgressSummary(props: Props) {
  // Progress lives in this browser's storage: nothing to show until the store has loaded it.
  const records = useProgressStore((state) => state.items);
  // Until then, hold the space (hidden without JavaScript by noscript.css) so nothing shifts.
  return records ? <Summary {...props} records={records} /> : <div className="progress-summary js-only" />;
}

function Summary({ messenger, live = false, records }: Props & { records: Readonly<Record<string, ItemRecord>> }) {
  const [now] = useState(() => new Date());
  const summary = summarize(indexFor(messenger), records, now);
  const text = summaryText(summary);
  return (
    <div className="progress-summary">
      <p className="progress-text" role={live ? 'status' : undefined}>
        {text}.
      </p>
      <progress max={Math.max(summary.total, 1)} value={summary.done} aria-hidden="true" />
      {summary.nextEssential ? (
        <Suspense fallback={null}>
          <NextEssential messenger={messenger} id={summary.nextEssential.id} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The next essential step, by its title (titles load after the first paint; the space is held). */
function NextEssential({ messenger, id }: { messenger: MessengerId; id: string }) {
  const title = useCatalog().entry(itemKey(messenger, id))?.title;
  return (
    <p>
      <Link to={paths.item(messenger, id)}>Next essential step: {title}</Link>
    </p>
  );
}
