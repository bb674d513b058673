// What to do after finishing a step: the next essential step of this messenger that is not
// done, then the essentials of the person's other messengers, then the recommended steps,
// then the advanced ones. Pure, so every messenger's path can be tested on the real content.
import { MESSENGER_IDS, type MessengerId } from '../../content/messengers.ts';
import type { ItemIndexEntry } from '../../content/schema.ts';
import { PRIORITIES } from '../../content/vocabulary.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { effectiveStatus, recordFor } from './progress.ts';

export interface NextStepInput {
  /** The step the person is on (and has just ticked). */
  current: Pick<ItemIndexEntry, 'messenger' | 'id'>;
  /** A messenger's items in list order (the catalog's `entriesFor`). */
  entriesFor: (messenger: MessengerId) => readonly ItemIndexEntry[];
  records: Readonly<Record<string, ItemRecord>>;
  /** The messengers the person chose in Settings; empty means every messenger. */
  chosen: readonly MessengerId[];
  now: Date;
}

/**
 * The step to suggest next, or undefined when every step of the person's messengers is done
 * or does not apply. Within a messenger, the steps after the current one come first, then
 * those before it. A step to check again (changed or due) counts as not done.
 */
export function nextStep({ current, entriesFor, records, chosen, now }: NextStepInput): ItemIndexEntry | undefined {
  const messenger = current.messenger as MessengerId;
  const others = MESSENGER_IDS.filter((other) => other !== messenger && (chosen.length === 0 || chosen.includes(other)));
  const open = (item: ItemIndexEntry) => {
    if (item.messenger === messenger && item.id === current.id) return false;
    const status = effectiveStatus(item, recordFor(records, item), now);
    return status !== 'done' && status !== 'skipped';
  };
  const afterCurrent = (list: readonly ItemIndexEntry[]) => {
    const position = list.findIndex((item) => item.id === current.id);
    return position < 0 ? list : [...list.slice(position + 1), ...list.slice(0, position)];
  };
  for (const priority of PRIORITIES) {
    for (const candidate of [messenger, ...others]) {
      const list = entriesFor(candidate).filter((item) => item.priority === priority);
      const found = (candidate === messenger ? afterCurrent(list) : list).find(open);
      if (found) return found;
    }
  }
  return undefined;
}
