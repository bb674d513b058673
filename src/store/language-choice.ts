// The language a person chose, remembered on this device beside their progress (its own
// key: a choice of language never touches saved progress, links or files). Storage that
// is blocked or full only means the choice is not remembered.
import { isLocale, type Locale } from '../i18n/locales.ts';

// The same prefix as the progress keys (store/storage.ts), without loading that module.
export const LANGUAGE_KEY = 'mhc:language';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export function readLanguageChoice(storage: Storage | undefined): Locale | undefined {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguageChoice(storage: Storage | undefined, locale: Locale): void {
  try {
    storage?.setItem(LANGUAGE_KEY, locale);
  } catch {
    // Not remembered; the page is in that language anyway.
  }
}

/** The browser's storage, if the page may use it. */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
