// The change log across all items: every entry of every item's `changes`, newest first, for
// the "What changed" page (virtual:checklist/changes) and the Atom feed (scripts/atom-feed.ts).
import { MESSENGER_IDS } from '../content/messengers.ts';
import type { ChangeEntry, ChecklistItem } from '../content/schema.ts';

/** Code-point order, the same on every machine (unlike localeCompare). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest date first; on the same day by messenger, then item id, then newest revision first. */
function newestFirst(a: ChangeEntry, b: ChangeEntry): number {
  return (
    compare(b.date, a.date) ||
    MESSENGER_IDS.indexOf(a.messenger) - MESSENGER_IDS.indexOf(b.messenger) ||
    compare(a.id, b.id) ||
    b.revision - a.revision
  );
}

/** Every change of every item, newest first. Items without `changes` contribute nothing. */
export function changeLog(items: readonly ChecklistItem[]): ChangeEntry[] {
  return items
    .flatMap(({ messenger, id, title, changes = [] }) => changes.map(({ date, revision, note }) => ({ messenger, id, title, date, revision, note })))
    .sort(newestFirst);
}
