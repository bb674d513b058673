// Which messengers a person uses, from their saved progress: on the first route, so kept free
// of anything else (what they do next is worked out in next-step.ts, loaded when needed).
import { MESSENGER_IDS, type MessengerId } from '../../content/messengers.ts';
import type { ItemCountEntry } from '../../content/schema.ts';
import { itemKey } from '../../store/model.ts';
import type { ItemRecord } from '../../store/schema.ts';

/** The messengers chosen in Settings or with a tick (done or "doesn't apply"), in the app's order. */
export function messengersInUse(
  items: readonly ItemCountEntry[],
  records: Readonly<Record<string, ItemRecord>>,
  chosen: readonly MessengerId[],
): MessengerId[] {
  return MESSENGER_IDS.filter(
    (messenger) =>
      chosen.includes(messenger) ||
      items.some((item) => item.messenger === messenger && (records[itemKey(messenger, item.id)]?.status ?? 'todo') !== 'todo'),
  );
}
