// What lists, links and the codecs derive from every item's entry (titles, recovery step ids):
// the catalog. Not on the first route: the home page needs only the index (catalog.ts).
import { loadEntries, loadItem, loadMessenger } from 'virtual:checklist';
import { itemKey, numberedKeys, recoveryStepKey } from '../content/item-number.ts';
import type { MessengerId } from '../content/messengers.ts';
import type { Block, ChecklistItem, ItemIndexEntry, ItemSummaryData } from '../content/schema.ts';
import { PRIORITIES, RECOVERY_ITEM_ID, type Priority } from '../content/vocabulary.ts';
import { useLocale } from '../i18n/i18n.tsx';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { entriesKey, inListOrder, itemCacheKey, messengerKey, preloadEntries, preloadItem } from './catalog.ts';
import { preload, useLoaded } from './loaded.ts';

/** What lists, links and codecs need about every item, derived once from the entries. */
export interface Catalog {
  entries: readonly ItemIndexEntry[];
  /** A messenger's items in list order (and "Next"/"Previous" follow it). */
  entriesFor(messenger: MessengerId): readonly ItemIndexEntry[];
  /** The essential items of these messengers, in list order. */
  essentialsOf(messengers: readonly MessengerId[]): ItemIndexEntry[];
  /** The items before and after this one in its messenger's list. */
  neighbours(item: Pick<ItemIndexEntry, 'messenger' | 'id'>): { previous?: ItemIndexEntry; next?: ItemIndexEntry };
  entry(key: string): ItemIndexEntry | undefined;
  /** Every key progress may hold in this version (items and recovery steps), for the codecs. */
  knownKeys: readonly string[];
  /**
   * Recovery ticks saved before recovery steps had ids (`recovery/<messenger>-<position>`), and
   * the key each now has: old → new. Applied to saved progress and to imported files.
   */
  recoveryRenames: Readonly<Record<string, string>>;
  /** Keys an imported file may hold: today's, and the recovery keys of earlier versions. */
  importableKeys: readonly string[];
}

export function catalogOf(entries: readonly ItemIndexEntry[]): Catalog {
  const entriesFor = (messenger: MessengerId) => inListOrder(entries, messenger);
  // What only the codecs and a lookup by key need is worked out when first asked for: a step
  // page asks the catalog for its neighbours while it hydrates, and nothing else.
  const once = <T,>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const byKey = once(() => new Map(entries.map((item) => [itemKey(item.messenger, item.id), item])));
  const knownKeys = once(() => entries.flatMap(numberedKeys));
  const recoveryRenames = once(() =>
    Object.fromEntries(
      entries.flatMap((item) =>
        (item.recoverySteps ?? []).flatMap((step) =>
          step.was === undefined ? [] : [[recoveryStepKey(item.messenger, step.was), recoveryStepKey(item.messenger, step.id)]],
        ),
      ),
    ),
  );
  const importableKeys = once(() => [...knownKeys(), ...Object.keys(recoveryRenames())]);
  return {
    entries,
    entriesFor,
    essentialsOf: (messengers) => messengers.flatMap((messenger) => entriesFor(messenger).filter((item) => item.priority === 'essential')),
    neighbours: (item) => {
      const list = entriesFor(item.messenger);
      const position = list.findIndex((other) => other.id === item.id);
      return { previous: list[position - 1], next: list[position + 1] };
    },
    entry: (key) => byKey().get(key),
    get knownKeys() {
      return knownKeys();
    },
    get recoveryRenames() {
      return recoveryRenames();
    },
    get importableKeys() {
      return importableKeys();
    },
  };
}

const catalogs = new WeakMap<readonly ItemIndexEntry[], Catalog>();
function cachedCatalog(entries: readonly ItemIndexEntry[]): Catalog {
  let catalog = catalogs.get(entries);
  if (!catalog) catalogs.set(entries, (catalog = catalogOf(entries)));
  return catalog;
}

/** The catalog, once the entries have loaded (for code outside React). */
export async function loadCatalog(locale: Locale = DEFAULT_LOCALE): Promise<Catalog> {
  return cachedCatalog(await preloadEntries(locale));
}

/** The catalog (suspends while the entries load; screens preload them with their route). */
export function useCatalog(): Catalog {
  const locale = useLocale();
  return cachedCatalog(useLoaded(entriesKey(locale), () => loadEntries(locale)));
}

type ListItem = Extract<Block, { type: 'list' }>['items'][number];

export interface RecoveryStep {
  /** The step's stable id (from `recoverySteps`); progress keeps its tick as `recovery/<messenger>-<id>`. */
  id: string;
  revision: number;
  blocks: ListItem;
}

/** The numbered steps of a recovery item, in order across its step groups, each with its stable id. */
export function recoveryStepsOf(item: ChecklistItem): RecoveryStep[] {
  const steps = item.steps.flatMap((group) => group.blocks.flatMap((block) => (block.type === 'list' && block.ordered ? block.items : [])));
  // The compiler makes every recovery item name each numbered step, so ids always line up.
  return steps.map((blocks, position) => ({ ...item.recoverySteps![position]!, blocks }));
}

export function groupByPriority<T extends { priority: Priority }>(list: readonly T[]): { priority: Priority; items: T[] }[] {
  return PRIORITIES.map((priority) => ({ priority, items: list.filter((item) => item.priority === priority) })).filter(
    (group) => group.items.length > 0,
  );
}

/** A messenger's items without bodies, in list order, in the page's language (suspends while they load). */
export function useMessengerItems(messenger: MessengerId): readonly ItemSummaryData[] {
  const locale = useLocale();
  return useLoaded(messengerKey(messenger, locale), () => loadMessenger(messenger, locale).then((items) => inListOrder(items, messenger)));
}

/** One item in full, in the page's language, or undefined (suspends while it loads). */
export function useItem(messenger: string, id: string): ChecklistItem | undefined {
  const locale = useLocale();
  return useLoaded(itemCacheKey(messenger, id, locale), () => loadItem(messenger, id, locale));
}

/** A messenger's recovery item (suspends while it loads). */
export function useRecoveryItem(messenger: MessengerId): ChecklistItem | undefined {
  return useItem(messenger, RECOVERY_ITEM_ID);
}

const loadItems = (keys: readonly string[], locale: Locale) => async () => {
  const items = await Promise.all(keys.map((key) => preloadItem(...splitKey(key), locale)));
  return items.filter((item): item is ChecklistItem => item !== undefined);
};

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/** Starts loading several items in full, in the given order. */
export function preloadItems(keys: readonly string[], locale: Locale = DEFAULT_LOCALE): Promise<ChecklistItem[]> {
  return preload(`items/${locale}/${keys.join(',')}`, loadItems(keys, locale));
}

/** Several items in full, in the given order, in the page's language (suspends while they load). */
export function useItems(keys: readonly string[]): ChecklistItem[] {
  const locale = useLocale();
  return useLoaded(`items/${locale}/${keys.join(',')}`, loadItems(keys, locale));
}
