// Loads the progress store (after the page is up, or again when the person asks to retry),
// and gives recovery ticks saved before recovery steps had ids today's keys.
import { RECOVERY_RENAMES } from '../catalog/catalog.ts';
import { loadStore } from '../store/deferred.ts';
import { reportLoadFailure } from './load-failure.ts';

export function startProgress(): Promise<void> {
  return loadStore().then(
    ({ useProgress }) => useProgress.getState().renameKeys(RECOVERY_RENAMES),
    (error: unknown) => reportLoadFailure('Progress', error),
  );
}
