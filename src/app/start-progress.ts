// Loads the progress store (after the page is up, or again when the person asks to retry),
// and gives recovery ticks saved before recovery steps had ids today's keys.
import { loadCatalog } from '../catalog/catalog.ts';
import { loadStore } from '../store/deferred.ts';
import { reportLoadFailure } from './load-failure.ts';

export function startProgress(): Promise<void> {
  return Promise.all([loadStore(), loadCatalog()]).then(
    ([{ useProgress }, catalog]) => useProgress.getState().renameKeys(catalog.recoveryRenames),
    (error: unknown) => reportLoadFailure('Progress', error),
  );
}
