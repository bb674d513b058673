// What to do next, in one place: after ticking a step (the next open step of this messenger,
// then of the person's other messengers, essentials before recommended before advanced), and
// "Continue" on the home page (the first open essential of the messengers a person uses, then
// recommended). Pure, so every messenger's path can be tested on the real content.
import { MESSENGER_IDS, type MessengerId } from '../../content/messengers.ts';
import type { ItemCountEntry, ItemIndexEntry } from '../../content/schema.ts';
import { PRIORITIES, type Priority } from '../../content/vocabulary.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { effectiveStatus, recordFor, summarize, type EffectiveStatus } from './progress.ts';

type Records = Readonly<Record<string, ItemRecord>>;
type OpenStatus = Exclude<EffectiveStatus, 'done' | 'skipped'>;

interface Search<T extends ItemCountEntry> {
  /** A messenger's steps in list order. */
  listOf: (messenger: MessengerId) => readonly T[];
  /** Where to look, in this order, within each priority. */
  messengers: readonly MessengerId[];
  priorities: readonly Priority[];
  records: Records;
  now: Date;
  /** The step the person is on: left out, and its messenger's search starts after it. */
  from?: Pick<ItemCountEntry, 'messenger' | 'id'>;
}

/** The first step not done and not skipped (a step to check again counts as open), with its status. */
function firstOpen<T extends ItemCountEntry>({ listOf, messengers, priorities, records, now, from }: Search<T>) {
  for (const priority of priorities) {
    for (const messenger of messengers) {
      let list = listOf(messenger).filter((item) => item.priority === priority);
      if (from?.messenger === messenger) {
        const position = list.findIndex((item) => item.id === from.id);
        if (position >= 0) list = [...list.slice(position + 1), ...list.slice(0, position)];
      }
      for (const item of list) {
        const status = effectiveStatus(item, recordFor(records, item), now);
        if (status !== 'done' && status !== 'skipped') return { item, status: status as OpenStatus };
      }
    }
  }
  return undefined;
}

export interface NextStepInput {
  /** The step the person is on (and has just ticked). */
  current: Pick<ItemIndexEntry, 'messenger' | 'id'>;
  /** A messenger's items in list order (the catalog's `entriesFor`). */
  entriesFor: (messenger: MessengerId) => readonly ItemIndexEntry[];
  records: Records;
  /** The messengers the person chose in Settings; empty means every messenger. */
  chosen: readonly MessengerId[];
  now: Date;
}

/**
 * The step to suggest after this one, or undefined when every step of the person's messengers
 * is done or does not apply. Within this messenger, the steps after the current one come first,
 * then those before it.
 */
export function nextStep({ current, entriesFor, records, chosen, now }: NextStepInput): ItemIndexEntry | undefined {
  const messenger = current.messenger as MessengerId;
  const others = MESSENGER_IDS.filter((other) => other !== messenger && (chosen.length === 0 || chosen.includes(other)));
  return firstOpen({ listOf: entriesFor, messengers: [messenger, ...others], priorities: PRIORITIES, records, now, from: current })?.item;
}

/**
 * The step to continue with on the home page: the first essential not done of these messengers
 * (in their order, each in list order), else the first recommended one; undefined when all of
 * those are done. `items` lists each messenger's steps in list order (as the catalog's index does).
 */
export function continueStep<T extends ItemCountEntry>(
  items: readonly T[],
  messengers: readonly MessengerId[],
  records: Records,
  now: Date,
): { item: T; status: OpenStatus } | undefined {
  const listOf = (messenger: MessengerId) => items.filter((item) => item.messenger === messenger);
  return firstOpen({ listOf, messengers, priorities: ['essential', 'recommended'], records, now });
}

/** Essentials done of those that apply (a skipped essential counts in neither): the progress summary of the essentials. */
export function essentialsDone(list: readonly ItemCountEntry[], records: Records, now: Date): { done: number; total: number } {
  const { done, total } = summarize(
    list.filter((item) => item.priority === 'essential'),
    records,
    now,
  );
  return { done, total };
}
