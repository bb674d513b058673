// Read-only lookups over the compiled checklist: which items a messenger has, one item by id.
import { items } from 'virtual:checklist';
import { isMessengerId, type MessengerId } from '../../content/messengers.ts';
import type { ChecklistItem } from '../../content/schema.ts';
import { PRIORITIES, type Priority } from '../../content/vocabulary.ts';

export function itemsFor(messenger: MessengerId): readonly ChecklistItem[] {
  return items.filter((item) => item.messenger === messenger);
}

export function findItem(messenger: string | undefined, id: string | undefined): ChecklistItem | undefined {
  if (!messenger || !isMessengerId(messenger)) return undefined;
  return items.find((item) => item.messenger === messenger && item.id === id);
}

export function groupByPriority(list: readonly ChecklistItem[]): { priority: Priority; items: ChecklistItem[] }[] {
  return PRIORITIES.map((priority) => ({ priority, items: list.filter((item) => item.priority === priority) })).filter(
    (group) => group.items.length > 0,
  );
}

/** The items before and after this one on its messenger's page. */
export function neighbours(item: ChecklistItem): { previous?: ChecklistItem; next?: ChecklistItem } {
  const list = itemsFor(item.messenger);
  const index = list.findIndex((other) => other.id === item.id);
  return { previous: list[index - 1], next: list[index + 1] };
}
