// Lookups over the compiled checklist. The index of all items is always at hand; a
// messenger's rows and an item's body are loaded when a screen needs them.
import { index, loadItem, loadMessenger } from 'virtual:checklist';
import { isMessengerId, type MessengerId } from '../../content/messengers.ts';
import type { ChecklistItem, ItemIndexEntry, ItemSummaryData } from '../../content/schema.ts';
import { PRIORITIES, type Priority } from '../../content/vocabulary.ts';
import { preload, useLoaded } from '../../components/loaded.ts';

export function indexFor(messenger: MessengerId): readonly ItemIndexEntry[] {
  return index.filter((item) => item.messenger === messenger);
}

export function findEntry(messenger: string | undefined, id: string | undefined): ItemIndexEntry | undefined {
  if (!messenger || !isMessengerId(messenger)) return undefined;
  return index.find((item) => item.messenger === messenger && item.id === id);
}

const messengerKey = (messenger: MessengerId) => `checklist/messenger/${messenger}`;
const itemKey = (messenger: string, id: string) => `checklist/item/${messenger}/${id}`;

/** Starts loading what a messenger page or an item page needs (used before hydration). */
export function preloadMessenger(messenger: MessengerId): Promise<unknown> {
  return preload(messengerKey(messenger), () => loadMessenger(messenger));
}
export function preloadItem(messenger: string, id: string): Promise<unknown> {
  return preload(itemKey(messenger, id), () => loadItem(messenger, id));
}

export function useMessengerItems(messenger: MessengerId): readonly ItemSummaryData[] {
  return useLoaded(messengerKey(messenger), () => loadMessenger(messenger));
}

export function useItem(messenger: string, id: string): ChecklistItem | undefined {
  return useLoaded(itemKey(messenger, id), () => loadItem(messenger, id));
}

export function groupByPriority<T extends { priority: Priority }>(list: readonly T[]): { priority: Priority; items: T[] }[] {
  return PRIORITIES.map((priority) => ({ priority, items: list.filter((item) => item.priority === priority) })).filter(
    (group) => group.items.length > 0,
  );
}

/** The items before and after this one on its messenger's page. */
export function neighbours(item: ItemIndexEntry): { previous?: ItemIndexEntry; next?: ItemIndexEntry } {
  const list = indexFor(item.messenger);
  const position = list.findIndex((other) => other.id === item.id);
  return { previous: list[position - 1], next: list[position + 1] };
}
