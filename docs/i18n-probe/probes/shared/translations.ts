// The four probe messages in ICU MessageFormat, per language. Every probe's catalog is
// generated from this file (scripts/catalogs.ts), so all probes show the same text and the
// measure script can compare their output with a reference formatted in Node.
// `<link>…</link>` marks the React element; each library spells it its own way.
export const LOCALES = ['en', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export type Key = 'steps' | 'checked' | 'open' | 'help';

export const MESSAGES: Record<Locale, Record<Key, string>> = {
  en: {
    steps: '{count, plural, one {# step done} other {# steps done}}',
    checked: 'Last checked: {date}',
    open: '{os, select, android {Tap the three dots, then Settings.} ios {Tap Settings.} other {Open Settings.}}',
    help: "Read <link>the vendor's help page</link> first.",
  },
  ru: {
    steps:
      '{count, plural, one {# шаг выполнен} few {# шага выполнено} many {# шагов выполнено} other {# шага выполнено}}',
    checked: 'Последняя проверка: {date}',
    open: '{os, select, android {Нажмите на три точки, затем «Настройки».} ios {Нажмите «Настройки».} other {Откройте «Настройки».}}',
    help: 'Сначала прочитайте <link>страницу помощи</link>.',
  },
  ar: {
    steps:
      '{count, plural, zero {لم تكتمل أي خطوة} one {اكتملت خطوة واحدة} two {اكتملت خطوتان} few {اكتملت # خطوات} many {اكتملت # خطوة} other {اكتملت # خطوة}}',
    checked: 'آخر تحقق: {date}',
    open: '{os, select, android {اضغط على النقاط الثلاث، ثم الإعدادات.} ios {اضغط على الإعدادات.} other {افتح الإعدادات.}}',
    help: 'اقرأ <link>صفحة المساعدة</link> أولاً.',
  },
};

/** What every probe page renders (ids of the elements and their inputs). */
export const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100] as const;
export const OSES = ['android', 'ios', 'other'] as const;
export const DATE = Date.UTC(2026, 10, 30);
export const HELP_URL = 'https://example.org/help';
export function formatDate(locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(DATE);
}
export function langFromUrl(): Locale {
  const lang = new URLSearchParams(location.search).get('lang');
  return (LOCALES as readonly string[]).includes(lang ?? '') ? (lang as Locale) : 'en';
}
