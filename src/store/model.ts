// Plain helpers for progress data, free of zod so that screens can use them without loading
// the validators (schema.ts) on the first route.
import type { ProgressData } from './schema.ts';

export function emptyProgress(): ProgressData {
  return { items: {}, preferences: { messengers: [], platforms: [], at: '' } };
}

/** How progress names an item (the same key as item numbers are made from). */
export { itemKey } from '../content/item-number.ts';
