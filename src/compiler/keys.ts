// Checks across items on the keys that end up in saved links and progress: every item id
// is unique, and no two keys share a bookmark-link number.
import { itemNumber } from '../content/item-number.ts';
import type { ChecklistItem } from '../content/schema.ts';
import { FILE_START, type Problem } from './problems.ts';

/** Every key of an item that a saved link or progress record names by number. */
export function numberedKeys(item: Pick<ChecklistItem, 'messenger' | 'id'>): string[] {
  return [`${item.messenger}/${item.id}`];
}

/** Bookmark links name keys by a hash; two keys may not share one. */
export function checkNumberCollisions(items: readonly Pick<ChecklistItem, 'messenger' | 'id' | 'file'>[]): Problem[] {
  const problems: Problem[] = [];
  const numbers = new Map<number, { key: string; file: string }>();
  for (const item of items) {
    for (const key of numberedKeys(item)) {
      const number = itemNumber(key);
      const other = numbers.get(number);
      if (!other) {
        numbers.set(number, { key, file: item.file });
        continue;
      }
      problems.push({
        file: item.file,
        ...FILE_START,
        field: 'id',
        code: 'number-collision',
        message: `the id "${key}" has the same link number as "${other.key}" in ${other.file}`,
        hint: 'choose a slightly different file name for the new item (ids of shipped items never change)',
      });
    }
  }
  return problems;
}
