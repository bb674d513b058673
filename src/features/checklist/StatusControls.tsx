// Ticking one step: "done", "doesn't apply to me", and when it was done. Real checkboxes with
// labels, so Space toggles them and focus stays where it is.
import { useDeferredValue, useState } from 'react';
import { store } from '../../store/deferred.ts';
import { useProgressStore, useStoreReady } from '../../store/hooks.ts';
import { itemKey } from '../../store/model.ts';
import type { ItemStatus } from '../../store/schema.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useT } from '../../i18n/i18n.tsx';
import { daysSince, effectiveStatus, type Tickable } from './progress.ts';

interface Props<T extends Tickable> {
  item: T;
  /** `row`: in a list, labels name the step for screen readers. `page`: at the end of the step's page. */
  variant: 'row' | 'page';
  onChange?: (item: T) => void;
}

export function StatusControls<T extends Tickable>(props: Props<T>) {
  // Progress lives in this browser's storage: nothing to show until the store has loaded it.
  // Until then, hold the space (hidden without JavaScript by noscript.css) so nothing shifts.
  return useStoreReady() ? <Controls {...props} /> : <div className="status-controls js-only" />;
}

function Controls<T extends Tickable>({ item, variant, onChange }: Props<T>) {
  const t = useT();
  const record = useProgressStore((state) => state.items[itemKey(item.messenger, item.id)]);
  const [now] = useState(() => new Date());
  const change = (next: ItemStatus) => {
    store().useProgress.getState().setStatus(item, next);
    onChange?.(item);
  };
  // In a list, each control's name says which step it is for; the visible label starts the name.
  const named = (label: string) => (variant === 'row' ? { 'aria-label': t('item.status.named', { label, title: item.title }) } : {});
  const notApplicable = t('item.status.notApplicable');
  // The note under the boxes follows a tick in a deferred render, so the box answers the tap
  // first. A tick made today says "today": a date needs the page's first Intl.DateTimeFormat,
  // which sets up the browser's date data in one piece (35-80 ms on this machine, about 4
  // times that on a slow phone) and would hold up the next tap.
  const noted = useDeferredValue(record);
  const status = effectiveStatus(item, noted, now);
  const today = noted !== undefined && sameLocalDay(new Date(noted.at), now);
  const date = noted && !today ? formatDate(noted.at, t.locale) : '';

  return (
    <div className="status-controls">
      <label className="tick">
        <input
          type="checkbox"
          checked={record?.status === 'done'}
          onChange={(event) => change(event.target.checked ? 'done' : 'todo')}
          {...named(t('item.status.done'))}
        />
        {variant === 'row' ? t('item.status.done') : t('item.status.markDone')}
      </label>
      <label className="tick">
        <input
          type="checkbox"
          checked={record?.status === 'skipped'}
          onChange={(event) => change(event.target.checked ? 'skipped' : 'todo')}
          {...named(notApplicable)}
        />
        {notApplicable}
      </label>
      {noted && status !== 'todo' ? (
        <p className={`status-note status-${status}`}>
          {status === 'done' && (today ? t('item.status.doneToday') : t('item.status.doneOn', { date }))}
          {status === 'skipped' && (today ? t('item.status.skippedToday') : t('item.status.skippedOn', { date }))}
          {status === 'changed' && t('item.status.changedSince', { date })}
          {status === 'due' && t('item.status.due', { days: daysSince(noted.at, now), every: item.recheckDays ?? 0 })}
          {(status === 'changed' || status === 'due') && (
            <>
              {' '}
              <button type="button" onClick={() => change('done')} {...named(t('item.status.checkedAgain'))}>
                {t('item.status.checkedAgain')}
              </button>
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}

/** Whether two moments fall on the same calendar day where the person is. */
function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}
