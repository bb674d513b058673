// Where a returning person stands and what they do next: their essentials done per messenger,
// and the first step not done in list order (essentials of every messenger they use first,
// then recommended ones). Pure, so tests run it on the catalog. Which messengers they use: in-use.ts.
import type { MessengerId } from '../../content/messengers.ts';
import type { ItemCountEntry } from '../../content/schema.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { effectiveStatus, recordFor, type EffectiveStatus } from './progress.ts';

type Records = Readonly<Record<string, ItemRecord>>;

/** Essentials done of those that apply (a skipped essential counts in neither). */
export function essentialsDone(list: readonly ItemCountEntry[], records: Records, now: Date): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const item of list) {
    if (item.priority !== 'essential') continue;
    const status = effectiveStatus(item, recordFor(records, item), now);
    if (status !== 'skipped') total += 1;
    if (status === 'done') done += 1;
  }
  return { done, total };
}

/**
 * The step to continue with: the first essential not done of these messengers (in their order,
 * each in list order), else the first recommended one; undefined when all of those are done.
 * `items` must list each messenger's steps in content order (as the catalog's index does).
 */
export function nextStep<T extends ItemCountEntry>(
  items: readonly T[],
  messengers: readonly MessengerId[],
  records: Records,
  now: Date,
): { item: T; status: Exclude<EffectiveStatus, 'done' | 'skipped'> } | undefined {
  for (const priority of ['essential', 'recommended'] as const) {
    for (const messenger of messengers) {
      for (const item of items) {
        if (item.messenger !== messenger || item.priority !== priority) continue;
        const status = effectiveStatus(item, recordFor(records, item), now);
        if (status !== 'done' && status !== 'skipped') return { item, status };
      }
    }
  }
  return undefined;
}
