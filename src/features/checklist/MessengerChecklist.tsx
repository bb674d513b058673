// One messenger's checklist: progress, filters by status and priority behind one button (kept
// in the address, so a filtered view can be bookmarked), and the steps grouped by priority.
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Link } from '../../components/links.tsx';
import { Part } from '../../components/Part.tsx';
import { paths } from '../../routing/routes.ts';
import { MESSENGERS, type MessengerId } from '../../content/messengers.ts';
import { PRIORITY_LABELS } from '../../content/labels.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { aboutMinutes, totalMinutes } from '../../i18n/minutes.ts';
import type { ItemIndexEntry, ItemSummaryData } from '../../content/schema.ts';
import { PRIORITIES, type Priority } from '../../content/vocabulary.ts';
import { useProgressStore, useStoreReady } from '../../store/hooks.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { groupByPriority, useMessengerItems } from '../../catalog/entries.ts';
import { ItemSummary } from './ItemSummary.tsx';
import { ProgressSummary } from './ProgressSummary.tsx';
import { effectiveStatus, recordFor } from './progress.ts';

const STATUS_FILTERS = {
  all: 'list.filters.statusAll',
  todo: 'list.filters.statusTodo',
  done: 'list.filters.statusDone',
  skipped: 'list.filters.statusSkipped',
} as const satisfies Record<string, MessageKey>;
type StatusFilter = keyof typeof STATUS_FILTERS;
/** The line under the heading: what hardening this messenger is about. */
const LEADS: Readonly<Record<MessengerId, MessageKey>> = {
  whatsapp: 'list.checklist.leadWhatsapp',
  signal: 'list.checklist.leadSignal',
  telegram: 'list.checklist.leadTelegram',
};
const NO_RECORDS: Readonly<Record<string, ItemRecord>> = {};

function readFilters(params: URLSearchParams): { status: StatusFilter; priority: Priority | 'all' } {
  const status = params.get('status') ?? 'all';
  const priority = params.get('priority') ?? 'all';
  return {
    status: Object.hasOwn(STATUS_FILTERS, status) ? (status as StatusFilter) : 'all',
    priority: (PRIORITIES as readonly string[]).includes(priority) ? (priority as Priority) : 'all',
  };
}

export function MessengerChecklist({ messenger }: { messenger: MessengerId }) {
  const t = useT();
  const info = MESSENGERS[messenger];
  // Filters need the person's progress, which the store loads after the page is shown.
  const ready = useStoreReady();
  const [params, setParams] = useSearchParams();
  const filters = ready ? readFilters(params) : { status: 'all' as const, priority: 'all' as const };
  const active = Number(filters.status !== 'all') + Number(filters.priority !== 'all');
  const [filtersOpen, setFiltersOpen] = useState(false);

  const setFilter = (name: 'status' | 'priority', value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('list.messenger.title', { messenger: info.name })}</h1>
      <p className="lead">{t(LEADS[messenger])}</p>
      <p className="urgent">
        <Link to={paths.recovery(messenger)}>{t('list.checklist.recoveryLink', { messenger: info.name })}</Link>
      </p>
      <noscript>
        <p className="notice">{t('list.checklist.noScript')}</p>
      </noscript>
      <ProgressSummary messenger={messenger} live />
      {/* One control opens both filters. Shown from the start so nothing shifts; usable once progress has loaded. */}
      <div className="filters js-only">
        <button type="button" aria-expanded={filtersOpen} aria-controls="filters" onClick={() => setFiltersOpen(!filtersOpen)}>
          {t('list.filters.button', { active })}
        </button>
        <fieldset id="filters" disabled={!ready} hidden={!filtersOpen}>
          <legend className="visually-hidden">{t('list.filters.legend')}</legend>
          <label>
            {t('list.filters.status')}{' '}
            <select value={filters.status} onChange={(event) => setFilter('status', event.target.value)}>
              {Object.entries(STATUS_FILTERS).map(([value, label]) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('list.filters.priority')}{' '}
            <select value={filters.priority} onChange={(event) => setFilter('priority', event.target.value)}>
              <option value="all">{t('list.filters.priorityAll')}</option>
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(PRIORITY_LABELS[priority].name)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </div>
      {/* A new filter starts a fresh list; within one, steps ticked out of the filter stay put. */}
      <FilteredItems key={`${filters.status}/${filters.priority}`} items={useMessengerItems(messenger)} {...filters} />
    </>
  );
}

function FilteredItems({
  items,
  status,
  priority,
}: {
  items: readonly ItemSummaryData[];
  status: StatusFilter;
  priority: Priority | 'all';
}) {
  // With no status filter the list does not depend on progress: a tick re-renders its own row only.
  const t = useT();
  const records = useProgressStore((state) => (status === 'all' ? NO_RECORDS : state.items)) ?? NO_RECORDS;
  const [now] = useState(() => new Date());
  // Steps the person changed while this filter was on stay visible, so focus is never lost.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const matches = (item: ItemSummaryData) => {
    if (priority !== 'all' && item.priority !== priority) return false;
    if (status === 'all' || touched.has(item.id)) return true;
    const current = effectiveStatus(item, recordFor(records, item), now);
    if (status === 'todo') return current === 'todo' || current === 'changed' || current === 'due';
    return current === status;
  };
  const shown = items.filter(matches);
  // Stable, so the rows (memoised) do not re-render when the set of touched steps changes.
  const onChange = useCallback(
    (item: ItemIndexEntry) => setTouched((before) => (before.has(item.id) ? before : new Set(before).add(item.id))),
    [],
  );

  return (
    <>
      {shown.length < items.length ? (
        <p className="meta">{t('list.items.showing', { shown: shown.length, total: items.length })}</p>
      ) : null}
      {shown.length === 0 ? <p>{t('list.items.noMatch')}</p> : null}
      {groupByPriority(shown).map((group) => (
        <Part key={group.priority}>
          <section aria-labelledby={`priority-${group.priority}`}>
            <h2 id={`priority-${group.priority}`}>{t(PRIORITY_LABELS[group.priority].name)}</h2>
            <p>
              {t(PRIORITY_LABELS[group.priority].description)}{' '}
              {totalMinutes(group.items) ? t('list.group.together', { duration: aboutMinutes(t, totalMinutes(group.items)) }) : ''}
            </p>
            <ul className="item-list">
              {group.items.map((item) => (
                <ItemSummary key={item.id} item={item} onStatusChange={status === 'all' ? undefined : onChange} />
              ))}
            </ul>
          </section>
        </Part>
      ))}
    </>
  );
}
