// Under the tick controls of a step page: once the step is done (or does not apply), what to do
// next, as one large link. Announced politely, so a screen reader hears it after the tick.
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import { MESSENGERS, type MessengerId } from '../../content/messengers.ts';
import type { ChecklistItem } from '../../content/schema.ts';
import { useCatalog } from '../../catalog/catalog.ts';
import { useProgressStore, useStoreReady } from '../../store/hooks.ts';
import { itemKey } from '../../store/model.ts';
import { nextStep } from './next-step.ts';

export function NextStep({ item }: { item: ChecklistItem }) {
  // Progress lives in this browser's storage: nothing to say until it has loaded.
  return useStoreReady() ? <Next item={item} /> : null;
}

const NO_CHOICE: readonly MessengerId[] = [];

function Next({ item }: { item: ChecklistItem }) {
  const catalog = useCatalog();
  const records = useProgressStore((state) => state.items) ?? {};
  const chosen = useProgressStore((state) => state.preferences.messengers) ?? NO_CHOICE;
  const status = records[itemKey(item.messenger, item.id)]?.status;
  const [now] = useState(() => new Date());
  const finished = status === 'done' || status === 'skipped';
  const next = finished ? nextStep({ current: item, entriesFor: catalog.entriesFor, records, chosen, now }) : undefined;
  const here = MESSENGERS[item.messenger].name;
  let lead = '';
  if (next && next.priority === 'essential') {
    lead = next.messenger === item.messenger ? 'Next essential step:' : `${here} essentials done: ${MESSENGERS[next.messenger].name} next.`;
  } else if (next) {
    const kind = next.priority === 'recommended' ? 'recommended' : 'advanced';
    lead = next.messenger === item.messenger ? `${here} essentials done. Next ${kind} step:` : `Next ${kind} step, for ${MESSENGERS[next.messenger].name}:`;
  }
  // The live region is always there, so that what appears in it is announced.
  return (
    <div className="next-step" role="status">
      {finished && next ? (
        <p>
          {lead}{' '}
          <Link to={paths.item(next.messenger, next.id)} className="next-step-link">
            {next.title}
          </Link>
        </p>
      ) : null}
      {finished && !next ? <p>Every step of your messengers is done or does not apply to you.</p> : null}
    </div>
  );
}
