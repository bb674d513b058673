// Checks across items on the keys that end up in saved links: no two keys (items and
// recovery steps) share a bookmark-link number.
import { itemNumber, numberedKeys } from '../content/item-number.ts';
import type { ChecklistItem } from '../content/schema.ts';
import { FILE_START, type Position, type Problem } from './problems.ts';

/** An item with where its recovery step ids are written, in order. */
export type KeyedItem = Pick<ChecklistItem, 'messenger' | 'id' | 'file' | 'recoverySteps'> & { recoveryStepsAt: readonly Position[] };

/** Bookmark links name keys by a hash; two keys may not share one. */
export function checkNumberCollisions(items: readonly KeyedItem[]): Problem[] {
  const problems: Problem[] = [];
  const numbers = new Map<number, { key: string; file: string }>();
  for (const item of items) {
    // The item's own key first, then one per recovery step in order.
    for (const [index, key] of numberedKeys(item).entries()) {
      const number = itemNumber(key);
      const other = numbers.get(number);
      if (!other) {
        numbers.set(number, { key, file: item.file });
        continue;
      }
      problems.push({
        file: item.file,
        ...(index === 0 ? FILE_START : (item.recoveryStepsAt[index - 1] ?? FILE_START)),
        field: index === 0 ? 'id' : `recoverySteps[${index - 1}].id`,
        code: 'number-collision',
        message: `the key "${key}" has the same link number as "${other.key}" in ${other.file}`,
        hint: key.startsWith('recovery/')
          ? 'choose a slightly different id for the new recovery step (ids of shipped steps never change)'
          : 'choose a slightly different file name for the new item (ids of shipped items never change)',
      });
    }
  }
  return problems;
}
