// Plain helpers for progress data, free of zod so that screens can use them without loading
// the validators (schema.ts) on the first route.
import type { ProgressData } from './schema.ts';

export function emptyProgress(): ProgressData {
  return { items: {}, preferences: { messengers: [], platforms: [], at: '' } };
}

/** `<messenger>/<item-id>`: how progress names an item. */
export function itemKey(messenger: string, id: string): string {
  return `${messenger}/${id}`;
}
