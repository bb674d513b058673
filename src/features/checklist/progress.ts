// What a person's saved ticks mean against the current content: done, skipped, to check again
// (the steps changed, or a recurring check is due), and the counts shown as progress.
import type { ItemCountEntry } from '../../content/schema.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { itemKey } from '../../store/model.ts';
import type { ItemRecord } from '../../store/schema.ts';

/** Anything a person can tick: a checklist item, or a step of a recovery path. */
export type Tickable = Pick<ItemCountEntry, 'id' | 'revision' | 'recheckDays'> & { messenger: string; title: string };

export type EffectiveStatus =
  | 'todo'
  | 'done'
  | 'skipped'
  /** Ticked, but the content's revision is newer than the one the person ticked. */
  | 'changed'
  /** A recurring check whose interval has passed since it was last done. */
  | 'due';

const DAY_MS = 24 * 60 * 60 * 1000;

export function recordFor(records: Readonly<Record<string, ItemRecord>>, item: Pick<Tickable, 'messenger' | 'id'>): ItemRecord | undefined {
  return records[itemKey(item.messenger, item.id)];
}

export function effectiveStatus(item: Pick<Tickable, 'revision' | 'recheckDays'>, record: ItemRecord | undefined, now: Date): EffectiveStatus {
  if (!record || record.status === 'todo') return 'todo';
  if (record.status === 'skipped') return 'skipped';
  if (record.revision < item.revision) return 'changed';
  if (item.recheckDays && now.getTime() - Date.parse(record.at) > item.recheckDays * DAY_MS) return 'due';
  return 'done';
}

/** Whole days since an ISO time, never negative. */
export function daysSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
}

export interface ProgressSummary {
  /** Items that apply: everything but "doesn't apply to me". */
  total: number;
  done: number;
  skipped: number;
  /** Ticked items to check again: the steps changed, or a recurring check is due. */
  recheck: number;
  essentialsLeft: number;
}

export function summarize(
  items: readonly ItemCountEntry[],
  records: Readonly<Record<string, ItemRecord>>,
  now: Date,
): ProgressSummary {
  const summary: ProgressSummary = { total: 0, done: 0, skipped: 0, recheck: 0, essentialsLeft: 0 };
  for (const item of items) {
    const status = effectiveStatus(item, recordFor(records, item), now);
    if (status === 'skipped') {
      summary.skipped += 1;
      continue;
    }
    summary.total += 1;
    if (status === 'done') summary.done += 1;
    if (status === 'changed' || status === 'due') summary.recheck += 1;
    if (status !== 'done' && item.priority === 'essential') summary.essentialsLeft += 1;
  }
  return summary;
}

/** "4 of 9 done, 2 essentials left, 1 to check again." in the page's language. */
export function summaryText(t: Translate, { total, done, essentialsLeft, recheck }: ProgressSummary): string {
  if (total === 0) return t('list.progress.none');
  if (done === total) return t('list.progress.allDone', { total });
  return t('list.progress.summary', { done, total, essentialsLeft, recheck });
}
