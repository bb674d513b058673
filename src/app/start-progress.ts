// Loads the progress store (after the page is up, or again when the person asks to retry),
// and gives recovery ticks saved before recovery steps had ids today's keys.
import type { Locale } from '../i18n/locales.ts';
import { loadStore } from '../store/deferred.ts';
import { reportLoadFailure } from './load-failure.ts';

export function startProgress(locale: Locale): Promise<void> {
  // The catalog (what is derived from every item's entry) is not on the first route. Every
  // language's entries have the same keys (a translation changes words, not items or steps),
  // so the page's own are used: every screen but the home page has loaded them already, and
  // the home page asks for the same ones (one request) for its minutes.
  const catalog = import('../catalog/entries.ts').then(({ loadCatalog }) => loadCatalog(locale));
  return Promise.all([loadStore(), catalog]).then(
    ([{ useProgress }, catalog]) => useProgress.getState().renameKeys(catalog.recoveryRenames),
    (error: unknown) => reportLoadFailure('Progress', error),
  );
}
