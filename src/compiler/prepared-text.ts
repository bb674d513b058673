// Formats, at build time, the text a page would otherwise format with Intl while it hydrates:
// the content's dates and lists of platform and messenger names (see src/i18n/prepared.ts for
// why). The generated modules carry it and add it as they load. Node's Intl writes the
// prerendered pages too, so hydration meets the very same text.
import { fileURLToPath } from 'node:url';
import { formatDateNow } from '../i18n/format-date.ts';
import { formatListNow, type ListType } from '../i18n/lists.ts';
import type { Locale } from '../i18n/locales.ts';
import { listInput, preparedKey } from '../i18n/prepared.ts';

const PREPARED_MODULE = fileURLToPath(new URL('../i18n/prepared.ts', import.meta.url));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every date (YYYY-MM-DD) anywhere in a value: an item's review, evidence and change dates. */
export function datesIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const entry of value) datesIn(entry, into);
  } else if (value && typeof value === 'object') {
    for (const entry of Object.values(value)) datesIn(entry, into);
  }
  return into;
}

export function preparedDates(dates: Iterable<string>, locale: Locale): Record<string, string> {
  return Object.fromEntries([...dates].sort().map((iso) => [preparedKey('date', locale, iso), formatDateNow(iso, locale)]));
}

/** Every list of two or more of `names`, in any order, each name once. */
export function preparedLists(names: readonly string[], locale: Locale, type: ListType = 'conjunction'): Record<string, string> {
  const entries: Record<string, string> = {};
  const grow = (list: readonly string[]) => {
    if (list.length >= 2) entries[preparedKey('list', locale, listInput(type, list))] = formatListNow(list, locale, type);
    for (const name of names) if (!list.includes(name)) grow([...list, name]);
  };
  grow([]);
  return entries;
}

/** Lines of a generated module that add its prepared text as it loads (none when there is none). */
export function prepareSource(entries: Readonly<Record<string, string>>): string[] {
  if (Object.keys(entries).length === 0) return [];
  return [`import { prepare } from ${JSON.stringify(PREPARED_MODULE)};`, `prepare(${JSON.stringify(entries)});`];
}
