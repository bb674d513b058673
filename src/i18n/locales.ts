// The languages the checklist speaks, and how a page's address says which one it is in.
// English pages keep the addresses they always had (`/signal`); every other language lives
// under its own prefix (`/es/signal`), so a saved link or a printed QR code never changes.

export const LOCALES = ['en', 'es', 'ar', 'ru', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** The language's name in itself, as a switcher shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * The digits 0–9 as Intl.NumberFormat writes them in this language (Persian: ۰…۹), so small
   * numbers need no Intl.NumberFormat: creating the first one costs a slow phone about 200 ms.
   * tests/unit/locales.test.ts checks them against Intl.
   */
  digits: string;
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: { name: 'English', dir: 'ltr', digits: '0123456789' },
  es: { name: 'Español', dir: 'ltr', digits: '0123456789' },
  ar: { name: 'العربية', dir: 'rtl', digits: '0123456789' },
  ru: { name: 'Русский', dir: 'ltr', digits: '0123456789' },
  fa: { name: 'فارسی', dir: 'rtl', digits: '۰۱۲۳۴۵۶۷۸۹' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The part of the address before the app's own paths: '' for English, '/es' for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The language of an address and the app's path inside it: `/es/signal` → es and `/signal`. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const [, first, ...rest] = pathname.split('/');
  if (first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, path: `/${rest.join('/')}` };
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The same page in another language: `/es/signal/proxy` → `/ar/signal/proxy`. */
export function inLocale(pathname: string, locale: Locale): string {
  const { path } = splitLocale(pathname);
  const prefix = localePrefix(locale);
  return prefix && path === '/' ? `${prefix}/` : `${prefix}${path}`;
}
