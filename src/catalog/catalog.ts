// What every feature asks of the compiled checklist, written once: the index of all items, a
// messenger's items in list order, the keys progress knows, and loaders for the parts that
// load on demand (a messenger's rows, an item's body, a recovery path). The index is always at
// hand; the rest is loaded when a screen needs it. The change log has its own file, changes.ts.
import { index as compiledIndex, loadItem, loadMessenger } from 'virtual:checklist';
import { numberedKeys, recoveryStepKey } from '../content/item-number.ts';
import { isMessengerId, type MessengerId } from '../content/messengers.ts';
import type { Block, ChecklistItem, ItemIndexEntry, ItemSummaryData } from '../content/schema.ts';
import { PRIORITIES, type Priority } from '../content/vocabulary.ts';
import { preload, useLoaded } from './loaded.ts';

/** Every item, sorted by messenger, then order. */
export const index: readonly ItemIndexEntry[] = compiledIndex;

/** The id of each messenger's "my account was taken over" item. */
export const RECOVERY_ITEM_ID = 'account-takeover-recovery';

/** The order a messenger's list shows: priority first, then the content's order. */
function byListOrder(a: ItemIndexEntry, b: ItemIndexEntry): number {
  return PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority);
}

/** A messenger's items in the order its list shows them (and "Next"/"Previous" follow). */
export function indexFor(messenger: MessengerId): readonly ItemIndexEntry[] {
  return index.filter((item) => item.messenger === messenger).sort(byListOrder);
}

/** The essential items of these messengers, in list order. */
export function essentialsOf(messengers: readonly MessengerId[]): ItemIndexEntry[] {
  return messengers.flatMap((messenger) => indexFor(messenger).filter((item) => item.priority === 'essential'));
}

export function findEntry(messenger: string | undefined, id: string | undefined): ItemIndexEntry | undefined {
  if (!messenger || !isMessengerId(messenger)) return undefined;
  return index.find((item) => item.messenger === messenger && item.id === id);
}

/** Every key progress may hold in this version (items and recovery steps), for the codecs. */
export const knownKeys: readonly string[] = index.flatMap(numberedKeys);

/**
 * Recovery ticks saved before recovery steps had ids (`recovery/<messenger>-<position>`), and
 * the key each now has: old → new. Applied to saved progress and to imported files.
 */
export const RECOVERY_RENAMES: Readonly<Record<string, string>> = Object.fromEntries(
  index.flatMap((item) =>
    (item.recoverySteps ?? []).flatMap((step) =>
      step.was === undefined ? [] : [[recoveryStepKey(item.messenger, step.was), recoveryStepKey(item.messenger, step.id)]],
    ),
  ),
);

/** Keys an imported file may hold: today's, and the recovery keys of earlier versions. */
export const importableKeys: readonly string[] = [...knownKeys, ...Object.keys(RECOVERY_RENAMES)];

export function groupByPriority<T extends { priority: Priority }>(list: readonly T[]): { priority: Priority; items: T[] }[] {
  return PRIORITIES.map((priority) => ({ priority, items: list.filter((item) => item.priority === priority) })).filter(
    (group) => group.items.length > 0,
  );
}

/** The items before and after this one in its messenger's list. */
export function neighbours(item: Pick<ItemIndexEntry, 'messenger' | 'id'>): { previous?: ItemIndexEntry; next?: ItemIndexEntry } {
  const list = indexFor(item.messenger);
  const position = list.findIndex((other) => other.id === item.id);
  return { previous: list[position - 1], next: list[position + 1] };
}

const messengerKey = (messenger: MessengerId) => `checklist/messenger/${messenger}`;
const itemCacheKey = (messenger: string, id: string) => `checklist/item/${messenger}/${id}`;

/** Starts loading what a messenger page or an item page needs (used before hydration). */
export function preloadMessenger(messenger: MessengerId): Promise<readonly ItemSummaryData[]> {
  return preload(messengerKey(messenger), () => loadMessenger(messenger));
}
export function preloadItem(messenger: string, id: string): Promise<ChecklistItem | undefined> {
  return preload(itemCacheKey(messenger, id), () => loadItem(messenger, id));
}

/** A messenger's items without bodies, in list order (suspends while they load). */
export function useMessengerItems(messenger: MessengerId): readonly ItemSummaryData[] {
  return useLoaded(messengerKey(messenger), () => loadMessenger(messenger).then((items) => [...items].sort(byListOrder)));
}

/** One item in full, or undefined (suspends while it loads). */
export function useItem(messenger: string, id: string): ChecklistItem | undefined {
  return useLoaded(itemCacheKey(messenger, id), () => loadItem(messenger, id));
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

/** Starts loading a messenger's recovery steps (before hydration, so the page does not wait). */
export function preloadRecovery(messenger: MessengerId): Promise<ChecklistItem | undefined> {
  return preloadItem(messenger, RECOVERY_ITEM_ID);
}

/** A messenger's recovery item (suspends while it loads). */
export function useRecoveryItem(messenger: MessengerId): ChecklistItem | undefined {
  return useItem(messenger, RECOVERY_ITEM_ID);
}

const loadItems = (keys: readonly string[]) => async () => {
  const items = await Promise.all(keys.map((key) => preloadItem(...splitKey(key))));
  return items.filter((item): item is ChecklistItem => item !== undefined);
};

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/** Starts loading several items in full, in the given order. */
export function preloadItems(keys: readonly string[]): Promise<ChecklistItem[]> {
  return preload(`items/${keys.join(',')}`, loadItems(keys));
}

/** Several items in full, in the given order (suspends while they load). */
export function useItems(keys: readonly string[]): ChecklistItem[] {
  return useLoaded(`items/${keys.join(',')}`, loadItems(keys));
}
