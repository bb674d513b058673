// Ambient types for the modules the Vite plugin generates from content/. The first route
// gets only the small index; a messenger's rows and each item's body load when needed.
declare module 'virtual:checklist' {
  type ChecklistItem = import('../content/schema.ts').ChecklistItem;
  type ItemIndexEntry = import('../content/schema.ts').ItemIndexEntry;
  type ItemSummaryData = import('../content/schema.ts').ItemSummaryData;
  type MessengerId = import('../content/messengers.ts').MessengerId;

  /** Every item, sorted by messenger, then order. */
  export const index: readonly ItemIndexEntry[];
  /** A messenger's items without their bodies, in order. */
  export function loadMessenger(messenger: MessengerId): Promise<readonly ItemSummaryData[]>;
  /** One item in full, or undefined if there is no such item. */
  export function loadItem(messenger: string, id: string): Promise<ChecklistItem | undefined>;
}
