// Ticking one step: "done", "doesn't apply to me", and when it was done. Real checkboxes with
// labels, so Space toggles them and focus stays where it is.
import { useState } from 'react';
import { store } from '../../store/deferred.ts';
import { useProgressStore, useStoreReady } from '../../store/hooks.ts';
import { itemKey } from '../../store/model.ts';
import type { ItemStatus } from '../../store/schema.ts';
import { formatDate } from '../../i18n/format-date.ts';
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
  const record = useProgressStore((state) => state.items[itemKey(item.messenger, item.id)]);
  const [now] = useState(() => new Date());
  const status = effectiveStatus(item, record, now);
  const change = (next: ItemStatus) => {
    store().useProgress.getState().setStatus(item, next);
    onChange?.(item);
  };
  // In a list, each control's name says which step it is for; the visible label starts the name.
  const named = (label: string) => (variant === 'row' ? { 'aria-label': `${label}: ${item.title}` } : {});

  return (
    <div className="status-controls">
      <label className="tick">
        <input
          type="checkbox"
          checked={record?.status === 'done'}
          onChange={(event) => change(event.target.checked ? 'done' : 'todo')}
          {...named('Done')}
        />
        {variant === 'row' ? 'Done' : 'Mark as done'}
      </label>
      <label className="tick">
        <input
          type="checkbox"
          checked={record?.status === 'skipped'}
          onChange={(event) => change(event.target.checked ? 'skipped' : 'todo')}
          {...named('Doesn’t apply to me')}
        />
        Doesn’t apply to me
      </label>
      {record && status !== 'todo' ? (
        <p className={`status-note status-${status}`}>
          {status === 'done' && `You marked this done on ${formatDate(record.at)}.`}
          {status === 'skipped' && `You marked this as not applying to you on ${formatDate(record.at)}.`}
          {status === 'changed' && `The steps changed since you ticked this on ${formatDate(record.at)}: check again.`}
          {status === 'due' &&
            `Last checked ${daysSince(record.at, now)} days ago: time to check again (every ${item.recheckDays} days).`}
          {(status === 'changed' || status === 'due') && (
            <>
              {' '}
              <button type="button" onClick={() => change('done')} {...named('I checked again')}>
                I checked again
              </button>
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
