// Loads the progress store (after the page is up, or again when the person asks to retry),
// and gives recovery ticks saved before recovery steps had ids today's keys.
import { loadStore } from '../store/deferred.ts';
import { reportLoadFailure } from './load-failure.ts';

export function startProgress(): Promise<void> {
  // The catalog (what is derived from every item's entry) is not on the first route.
  const catalog = import('../catalog/entries.ts').then(({ loadCatalog }) => loadCatalog());
  return Promise.all([loadStore(), catalog]).then(
    ([{ useProgress }, catalog]) => useProgress.getState().renameKeys(catalog.recoveryRenames),
    (error: unknown) => reportLoadFailure('Progress', error),
  );
}
