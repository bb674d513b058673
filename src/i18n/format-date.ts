// Dates as people read them in the page's language: "23 November 2026", "23 de noviembre de 2026"
// (UTC, so the same on the server and in the browser).
import type { Locale } from './locales.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    // British English writes the day first, as most readers of the other languages do.
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
