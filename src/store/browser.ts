// The one progress store the app uses in the browser, wired to localStorage, other tabs and
// the Storage API. On the server (prerender) it is an empty in-memory store.
import { createProgressStore, syncAcrossTabs } from './progress-store.ts';
import { createStorageStatus, type Persistence } from './storage-status.ts';
import { openBrowserStorage } from './storage.ts';

const inBrowser = typeof window !== 'undefined';
const storage = inBrowser ? openBrowserStorage() : undefined;
const status = createStorageStatus();
if (inBrowser && !storage) status.getState().report({ kind: 'unavailable' });

async function requestPersistence(): Promise<void> {
  const manager = globalThis.navigator?.storage;
  if (!storage || typeof manager?.persist !== 'function') return;
  const granted = await manager.persist().catch(() => false);
  status.getState().setPersistence(granted ? 'granted' : 'not-granted');
}

async function readPersistence(): Promise<Persistence> {
  const manager = globalThis.navigator?.storage;
  if (typeof manager?.persisted !== 'function') return 'unsupported';
  return (await manager.persisted().catch(() => false)) ? 'granted' : 'not-granted';
}

export const { useProgress } = createProgressStore({
  storage,
  status,
  requestPersistence: () => void requestPersistence(),
});

/** Where progress is kept and what went wrong, for notices and the settings screen. */
export const storageStatus = status;

if (inBrowser) {
  syncAcrossTabs(window, useProgress);
  void readPersistence().then((persistence) => status.getState().setPersistence(persistence));
}
