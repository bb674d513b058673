// Which language an address is in, the same page in another language, and which language to
// offer a person: the rules every link and the language offer rest on.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/format.ts';
import { LOCALES, inLocale, localePrefix, splitLocale } from '../../src/i18n/locales.ts';
import { languageToOffer, preferredLocale } from '../../src/features/language/LanguageSuggestion.tsx';
import { readLanguageChoice, saveLanguageChoice } from '../../src/store/language-choice.ts';

describe('addresses per language', () => {
  it('keeps English at the addresses it always had and puts other languages under their prefix', () => {
    expect(splitLocale('/signal/proxy')).toEqual({ locale: 'en', path: '/signal/proxy' });
    expect(splitLocale('/es/signal/proxy')).toEqual({ locale: 'es', path: '/signal/proxy' });
    expect(splitLocale('/ar/')).toEqual({ locale: 'ar', path: '/' });
    expect(splitLocale('/ar')).toEqual({ locale: 'ar', path: '/' });
    expect(localePrefix('en')).toBe('');
    expect(localePrefix('fa')).toBe('/fa');
  });

  it('does not take /en/ or an unknown prefix for a language', () => {
    expect(splitLocale('/en/signal')).toEqual({ locale: 'en', path: '/en/signal' });
    expect(splitLocale('/de/signal')).toEqual({ locale: 'en', path: '/de/signal' });
  });

  it('gives the same page in another language', () => {
    expect(inLocale('/es/signal/proxy', 'ar')).toBe('/ar/signal/proxy');
    expect(inLocale('/ru/', 'en')).toBe('/');
    expect(inLocale('/', 'fa')).toBe('/fa/');
  });
});

describe('numbers', () => {
  it('writes whole numbers as Intl.NumberFormat does in every language, without creating one for small ones', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(locale);
      const padded = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
      for (const n of [0, 1, 2, 5, 9, 10, 11, 42, 100, 999, 1000, 12345, 2.5]) {
        expect(formatNumber(n, locale), `${locale} ${n}`).toBe(intl.format(n));
        expect(formatNumber(n, locale, 2), `${locale} ${n} (two digits)`).toBe(padded.format(n));
      }
    }
  });
});

describe('the language to offer', () => {
  it("takes the first of the browser's languages the checklist speaks", () => {
    expect(preferredLocale(['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(preferredLocale(['de', 'fr'])).toBeUndefined();
    expect(preferredLocale(['FA-ir'])).toBe('fa');
  });

  it("offers the person's choice over the browser's, and nothing on a page already in it", () => {
    expect(languageToOffer('en', undefined, ['ru-RU'])).toBe('ru');
    expect(languageToOffer('en', 'en', ['ru-RU'])).toBeUndefined();
    expect(languageToOffer('es', 'ar', ['es'])).toBe('ar');
    expect(languageToOffer('ru', undefined, ['ru-RU'])).toBeUndefined();
  });

  it('remembers a choice, and reads blocked or tampered storage as no choice', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    saveLanguageChoice(storage, 'fa');
    expect(readLanguageChoice(storage)).toBe('fa');
    values.set('mhc:language', '<script>');
    expect(readLanguageChoice(storage)).toBeUndefined();
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(readLanguageChoice(blocked)).toBeUndefined();
    expect(() => saveLanguageChoice(blocked, 'es')).not.toThrow();
  });
});
