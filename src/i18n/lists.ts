// Lists as people read them in the page's language: "Android and iPhone", "Android e iPhone", "Android و iPhone".
// Lists of platform and messenger names come formatted by the build (prepared.ts); others through Intl.
import type { Locale } from './locales.ts';
import { listInput, preparedText } from './prepared.ts';

export type ListType = 'conjunction' | 'disjunction' | 'unit';

const formats = new Map<string, Intl.ListFormat>();

/** Through Intl, always: what the build prepares, and the fallback for anything it did not. */
export function formatListNow(parts: readonly string[], locale: Locale, type: ListType = 'conjunction'): string {
  const key = `${locale}/${type}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'narrow' : 'long' })));
  return format.format(parts);
}

export function formatList(parts: readonly string[], locale: Locale, type: ListType = 'conjunction'): string {
  // A list of one is that one, in every language (tests/unit/prepared-text.test.ts).
  if (parts.length < 2) return parts[0] ?? '';
  return preparedText('list', locale, listInput(type, parts)) ?? formatListNow(parts, locale, type);
}
