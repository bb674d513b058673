// The page's language for React, and `t` to word interface messages in it. Messages load per
// language in two parts (src/compiler/messages.ts): `shell.*` before the page is interactive,
// the rest with any other screen, which waits for them as it waits for its own code. They are
// kept here, outside React state, so a part arriving never re-renders the page.
import { Fragment, createContext, isValidElement, use, type ReactNode } from 'react';
import { loadMessages, loadOfferMessages } from 'virtual:messages';
import { formatMessage, type CompiledMessage, type CompiledMessages } from './format.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, isLocale, type Locale } from './locales.ts';

/** Every message key: the English catalog is the reference. */
export type MessageKey =
  | keyof typeof import('./messages/en/shell.json')
  | keyof typeof import('./messages/en/list.json')
  | keyof typeof import('./messages/en/item.json')
  | keyof typeof import('./messages/en/workshop.json')
  | keyof typeof import('./messages/en/progress.json')
  | keyof typeof import('./messages/en/pages.json')
  | keyof typeof import('./messages/en/page.json')
  | keyof typeof import('./messages/en/offer.json');
export type MessageValues = Readonly<Record<string, unknown>>;

const loaded = new Map<Locale, Record<string, CompiledMessage>>();
const pending = new Map<string, Promise<void>>();

/** Loads a set of messages once (again after a failure, so a retry can work); resolves when `t` can word them. */
function loadOnce(key: string, load: () => Promise<void>): Promise<void> {
  let promise = pending.get(key);
  if (!promise) {
    promise = load().catch((error: unknown) => {
      pending.delete(key);
      throw error;
    });
    pending.set(key, promise);
  }
  return promise;
}

/** Loads one part of a language's messages. */
export function preloadMessages(locale: Locale, part: 'shell' | 'app'): Promise<void> {
  return loadOnce(`${locale}/${part}`, () => loadMessages(locale, part).then((messages) => addMessages(locale, messages)));
}

/**
 * Loads the offer of a language (`offer.*`) in every language at once: about 1 KB, where one
 * other language's messages would be about 30 KB.
 */
export function preloadOfferMessages(): Promise<void> {
  return loadOnce('offer', () =>
    loadOfferMessages().then((all) => {
      for (const [locale, messages] of Object.entries(all)) if (isLocale(locale)) addMessages(locale, messages);
    }),
  );
}

/** Adds messages that are already at hand (tests, a pseudo-locale). */
export function addMessages(locale: Locale, messages: CompiledMessages): void {
  loaded.set(locale, Object.assign(loaded.get(locale) ?? {}, messages));
}

export interface Translate {
  /** The message as text (for attributes, titles, and most of the page). */
  (key: MessageKey, values?: MessageValues): string;
  /** The message with React parts: `<link>…</link>` tags become what `values.link(parts)` returns. */
  rich(key: MessageKey, values: MessageValues): ReactNode;
  /** Whether the message has loaded (words beyond the first page's load with the screens). */
  has(key: MessageKey): boolean;
  locale: Locale;
  dir: 'ltr' | 'rtl';
}

function parts(locale: Locale, key: MessageKey, values: MessageValues): unknown[] {
  const message = loaded.get(locale)?.[key];
  if (message === undefined) {
    if (import.meta.env.DEV) console.error(`Message "${key}" is not loaded for ${locale}`);
    return [key];
  }
  return formatMessage(message, values, locale);
}

const translators = new Map<Locale, Translate>();

/** `t` for one language, the same function every time (safe in dependency lists). */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    const plain = (key: MessageKey, values: MessageValues = {}) => parts(locale, key, values).join('');
    t = Object.assign(plain, {
      has: (key: MessageKey) => loaded.get(locale)?.[key] !== undefined,
      rich: (key: MessageKey, values: MessageValues): ReactNode =>
        parts(locale, key, values).map((part, index) => (isValidElement(part) ? <Fragment key={index}>{part}</Fragment> : (part as ReactNode))),
      locale,
      dir: LOCALE_INFO[locale].dir,
    });
    translators.set(locale, t);
  }
  return t;
}

/**
 * For parts that load on their own on any page (notices, prompts): their import and the
 * messages beyond the first page's, in the page's language (the `lang` of the document).
 */
export function withMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const lang = document.documentElement.lang;
    const [module] = await Promise.all([load(), preloadMessages(isLocale(lang) ? lang : DEFAULT_LOCALE, 'app')]);
    return module;
  };
}

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);
export const LocaleProvider = LocaleContext.Provider;

export function useLocale(): Locale {
  return use(LocaleContext);
}

/** The page language's `t`. */
export function useT(): Translate {
  return translator(use(LocaleContext));
}
