// Under the tick controls of a step page: once the step is done (or does not apply), what to do
// next, as one large link. Announced politely, so a screen reader hears it after the tick.
import { useState } from 'react';
import { Link } from '../../components/links.tsx';
import { paths } from '../../routing/routes.ts';
import { MESSENGERS, type MessengerId } from '../../content/messengers.ts';
import type { ChecklistItem } from '../../content/schema.ts';
import { useCatalog } from '../../catalog/entries.ts';
import { useProgressStore, useStoreReady } from '../../store/hooks.ts';
import { itemKey } from '../../store/model.ts';
import { nextStep } from './next-step.ts';
import { useT } from '../../i18n/i18n.tsx';

export function NextStep({ item }: { item: ChecklistItem }) {
  // Progress lives in this browser's storage: nothing to say until it has loaded.
  return useStoreReady() ? <Next item={item} /> : null;
}

const NO_CHOICE: readonly MessengerId[] = [];

function Next({ item }: { item: ChecklistItem }) {
  const t = useT();
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
    lead =
      next.messenger === item.messenger
        ? t('item.nextStep.essential')
        : t('item.nextStep.essentialsDoneOther', { here, other: MESSENGERS[next.messenger].name });
  } else if (next) {
    const kind = next.priority === 'recommended' ? 'recommended' : 'advanced';
    lead =
      next.messenger === item.messenger
        ? t('item.nextStep.essentialsDoneHere', { here, kind })
        : t('item.nextStep.otherMessenger', { kind, other: MESSENGERS[next.messenger].name });
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
      {finished && !next ? <p>{t('item.nextStep.allDone')}</p> : null}
    </div>
  );
}
