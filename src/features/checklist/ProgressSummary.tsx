// A messenger's progress at a glance: "4 of 9 done, 2 essentials left" and a bar. Shown once
// the page is hydrated, from this browser's saved progress, in space held from the start.
import { useState } from 'react';
import type { MessengerId } from '../../content/messengers.ts';
import { useProgressStore } from '../../store/hooks.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { indexFor } from '../../catalog/catalog.ts';
import { useT } from '../../i18n/i18n.tsx';
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
  const t = useT();
  const [now] = useState(() => new Date());
  const summary = summarize(indexFor(messenger), records, now);
  return (
    <div className="progress-summary">
      <p className="progress-text" role={live ? 'status' : undefined}>
        {summaryText(t, summary)}
      </p>
      <progress className="bar" max={Math.max(summary.total, 1)} value={summary.done} aria-hidden="true" />
    </div>
  );
}
