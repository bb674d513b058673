// Lists as people read them in the page's language: "Android and iPhone", "Android y iPhone", "Android و iPhone".
import type { Locale } from './locales.ts';

const formats = new Map<string, Intl.ListFormat>();

export function formatList(parts: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  const key = `${locale}/${type}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'narrow' : 'long' })));
  return format.format(parts);
}
