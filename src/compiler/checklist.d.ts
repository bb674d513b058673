// Ambient types for the module the Vite plugin generates from content/.
declare module 'virtual:checklist' {
  import type { ChecklistItem } from '../content/schema.ts';

  /** Every checklist item, sorted by messenger, then order. */
  export const items: readonly ChecklistItem[];
}
