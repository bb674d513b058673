// Ambient types for the modules the Vite plugin generates from content/. The first route
// gets only the small index; a messenger's rows and each item's body load when needed.
declare module 'virtual:checklist' {
  import type { ChecklistItem, ItemIndexEntry, ItemSummaryData } from '../content/schema.ts';
  import type { MessengerId } from '../content/messengers.ts';

  /** Every item, sorted by messenger, then order. */
  export const index: readonly ItemIndexEntry[];
  /** A messenger's items without their bodies, in order. */
  export function loadMessenger(messenger: MessengerId): Promise<readonly ItemSummaryData[]>;
  /** One item in full, or undefined if there is no such item. */
  export function loadItem(messenger: string, id: string): Promise<ChecklistItem | undefined>;
}
