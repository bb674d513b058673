// Dates as people read them in the page's language: "23 November 2026", "23 de noviembre de 2026"
// (UTC, so the same on the server and in the browser). The content's dates come formatted by
// the build (prepared.ts); others, such as the day a step was ticked, through Intl.
import type { Locale } from './locales.ts';
import { preparedText } from './prepared.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** Through Intl, always: what the build prepares, and the fallback for anything it did not. */
export function formatDateNow(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    // British English writes the day first, as most readers of the other languages do.
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}

export function formatDate(iso: string, locale: Locale): string {
  return preparedText('date', locale, iso) ?? formatDateNow(iso, locale);
}
