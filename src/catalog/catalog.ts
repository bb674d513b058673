// What every feature asks of the compiled checklist, written once. The first route has only
// `index`: per item what progress counts need, no text, so it grows little with content. The
// entries (titles, recovery step ids: what lists, links and the codecs need) load after the
// first paint, as do a messenger's rows, an item's body and the change log (changes.ts). This
// module starts those loads (the route table does, before hydration); the hooks that read them
// and what is derived from the entries are in entries.ts, which is not on the first route.
import { index as compiledIndex, loadEntries, loadItem, loadMessenger } from 'virtual:checklist';
import { isMessengerId, type MessengerId } from '../content/messengers.ts';
import type { ChecklistItem, ItemCountEntry, ItemIndexEntry, ItemSummaryData } from '../content/schema.ts';
import { PRIORITIES, RECOVERY_ITEM_ID } from '../content/vocabulary.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { preload } from './loaded.ts';

/** Every item, sorted by messenger, then order: what progress counts need. */
export const index: readonly ItemCountEntry[] = compiledIndex;


/** The order a messenger's list shows: priority first, then the content's order (the sort is stable). */
export function inListOrder<T extends ItemCountEntry>(list: readonly T[], messenger: MessengerId): T[] {
  return list.filter((item) => item.messenger === messenger).sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority));
}

/** A messenger's items in the order its list shows them, for counts. */
export function indexFor(messenger: MessengerId): readonly ItemCountEntry[] {
  return inListOrder(index, messenger);
}

export function findEntry(messenger: string | undefined, id: string | undefined): ItemCountEntry | undefined {
  if (!messenger || !isMessengerId(messenger)) return undefined;
  return index.find((item) => item.messenger === messenger && item.id === id);
}

export const entriesKey = (locale: Locale) => `checklist/entries/${locale}`;

/** Starts loading every item's entry (title, recovery steps) in a language; screens preload it with their route. */
export function preloadEntries(locale: Locale = DEFAULT_LOCALE): Promise<readonly ItemIndexEntry[]> {
  return preload(entriesKey(locale), () => loadEntries(locale));
}



export const messengerKey = (messenger: MessengerId, locale: Locale) => `checklist/messenger/${locale}/${messenger}`;
export const itemCacheKey = (messenger: string, id: string, locale: Locale) => `checklist/item/${locale}/${messenger}/${id}`;

/** Starts loading what a messenger page or an item page needs (used before hydration). */
export function preloadMessenger(messenger: MessengerId, locale: Locale = DEFAULT_LOCALE): Promise<readonly ItemSummaryData[]> {
  return preload(messengerKey(messenger, locale), () => loadMessenger(messenger, locale));
}
export function preloadItem(messenger: string, id: string, locale: Locale = DEFAULT_LOCALE): Promise<ChecklistItem | undefined> {
  return preload(itemCacheKey(messenger, id, locale), () => loadItem(messenger, id, locale));
}

/** Starts loading a messenger's recovery steps (before hydration, so the page does not wait). */
export function preloadRecovery(messenger: MessengerId, locale: Locale = DEFAULT_LOCALE): Promise<ChecklistItem | undefined> {
  return preloadItem(messenger, RECOVERY_ITEM_ID, locale);
}
