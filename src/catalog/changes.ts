// The change log of every item ("What changed"), newest first. Its own module, apart from
// catalog.ts, so that neither the data nor the code to load it is on the first route: only
// the "What changed" screen imports it (and hands preloadChanges on to app/route-table.tsx).
import type { ChangeEntry } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { preload, useLoaded } from './loaded.ts';

const LOADERS: Record<Locale, () => Promise<{ changes: readonly ChangeEntry[] }>> = {
  en: () => import('virtual:checklist/changes'),
  es: () => import('virtual:checklist/es/changes'),
  ar: () => import('virtual:checklist/ar/changes'),
  ru: () => import('virtual:checklist/ru/changes'),
  fa: () => import('virtual:checklist/fa/changes'),
};
const loadChanges = (locale: Locale) => () => LOADERS[locale]().then((module) => module.changes);

/** Starts loading the change log in the page's language (before hydration, so "What changed" does not wait). */
export function preloadChanges(locale: Locale): Promise<readonly ChangeEntry[]> {
  return preload(`checklist/changes/${locale}`, loadChanges(locale));
}

/** Every item's changes, newest first (suspends while they load). */
export function useChanges(locale: Locale): readonly ChangeEntry[] {
  return useLoaded(`checklist/changes/${locale}`, loadChanges(locale));
}
