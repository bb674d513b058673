// The shape of the virtual modules, declared once. The plugin's generators must emit exactly
// these exports (a missing or extra one is a type error), checklist.d.ts takes its types
// from here, and tests/unit/virtual-checklist.test.ts checks the emitted modules at run time.
import type { MessengerId } from '../content/messengers.ts';
import type { ChangeEntry, ChecklistItem, GlossaryTerm, ItemCountEntry, ItemIndexEntry, ItemSummaryData } from '../content/schema.ts';

/** `virtual:checklist`: what the first route loads. */
export interface ChecklistModule {
  /** Every item, sorted by messenger, then order: only what progress counts need (no titles). */
  index: readonly ItemCountEntry[];
  /** The titles and recovery step ids of every item, in the index's order (a small chunk of its own). */
  loadEntries: (locale?: string) => Promise<readonly ItemIndexEntry[]>;
  /** A messenger's items without their bodies, in order. */
  loadMessenger: (messenger: MessengerId, locale?: string) => Promise<readonly ItemSummaryData[]>;
  /** One item in full, or undefined if there is no such item. */
  loadItem: (messenger: string, id: string, locale?: string) => Promise<ChecklistItem | undefined>;
}
// Each of them takes the page's language (English when left out); another language's text
// comes from content/<locale>/ laid over the English (src/compiler/translations.ts).

/** `virtual:checklist/messenger/<m>` */
export interface MessengerModule {
  items: readonly ItemSummaryData[];
}

/** `virtual:checklist/entries`: every item's entry (title, recovery steps), in the index's order. */
export interface EntriesModule {
  entries: readonly ItemIndexEntry[];
}

/** `virtual:checklist/item/<m>/<id>`: the item carries the glossary entries it links (`terms`). */
export interface ItemModule {
  item: ChecklistItem;
}

/** `virtual:checklist/changes`: every item's changes, newest first (loaded by "What changed" only). */
export interface ChangesModule {
  changes: readonly ChangeEntry[];
}

/** `virtual:checklist/glossary`: for the glossary page only, so the first route never carries it. */
export interface GlossaryModule {
  /** Every term with its one-sentence definition, sorted by its words. */
  glossary: readonly GlossaryTerm[];
}

/** The names `virtual:checklist` exports, at run time; the type below keeps it complete. */
export const CHECKLIST_EXPORTS = ['index', 'loadEntries', 'loadMessenger', 'loadItem'] as const satisfies readonly (keyof ChecklistModule)[];
/** The names `virtual:checklist/glossary` exports, at run time. */
export const GLOSSARY_EXPORTS = ['glossary'] as const satisfies readonly (keyof GlossaryModule)[];
type Unlisted =
  | Exclude<keyof ChecklistModule, (typeof CHECKLIST_EXPORTS)[number]>
  | Exclude<keyof GlossaryModule, (typeof GLOSSARY_EXPORTS)[number]>;
const complete: [Unlisted] extends [never] ? true : Unlisted = true;
void complete;

/** Data for one export, as JavaScript source; typed so the value must have the export's shape. */
export function data<T>(value: T): string {
  return JSON.stringify(value);
}

/**
 * A module's source from the JavaScript expression of each export: the type makes the exports
 * exactly those of `Module`. `setup` holds private declarations the expressions use.
 */
export function moduleSource<Module>(exports: { readonly [Name in keyof Module]-?: string }, setup: readonly string[] = []): string {
  const lines = Object.entries(exports as Record<string, string>).map(([name, expression]) => `export const ${name} = ${expression};`);
  return [...setup, ...lines].join('\n');
}
