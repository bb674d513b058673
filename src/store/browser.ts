// The one progress store the app uses in the browser, wired to localStorage, other tabs and
// the Storage API. On the server (prerender) it is an empty in-memory store.
import { createProgressStore, syncAcrossTabs } from './progress-store.ts';
import { emptyProgress } from './schema.ts';
import { createStorageStatus, type Persistence } from './storage-status.ts';
import { KEY_PREFIX, openBrowserStorage, removeAppKeys } from './storage.ts';

const inBrowser = typeof window !== 'undefined';
const storage = inBrowser ? openBrowserStorage() : undefined;
const status = createStorageStatus();
if (inBrowser && !storage) status.getState().report({ kind: 'unavailable' });

/** "Don't remember me" lasts for this tab only: sessionStorage holds the flag, nothing else. */
const FORGET_FLAG = `${KEY_PREFIX}session:dont-remember`;
function sessionStore(): Storage | undefined {
  try {
    return inBrowser ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}
try {
  if (sessionStore()?.getItem(FORGET_FLAG) === '1') status.getState().setRemember(false);
} catch {
  // No session storage: the mode simply starts off.
}

async function requestPersistence(): Promise<void> {
  const manager = globalThis.navigator?.storage;
  if (!storage || !status.getState().remember || typeof manager?.persist !== 'function') return;
  const granted = await manager.persist().catch(() => false);
  status.getState().setPersistence(granted ? 'granted' : 'not-granted');
}

async function readPersistence(): Promise<Persistence> {
  const manager = globalThis.navigator?.storage;
  if (typeof manager?.persisted !== 'function') return 'unsupported';
  return (await manager.persisted().catch(() => false)) ? 'granted' : 'not-granted';
}

/**
 * A tick paints first; reading, merging and writing the storage waits for the frame after.
 * A hidden page has no frames to wait for, so it writes on the next task.
 */
function afterNextPaint(write: () => void): void {
  if (document.hidden) setTimeout(write, 0);
  else requestAnimationFrame(() => setTimeout(write, 0));
}

const progress = createProgressStore({
  storage,
  status,
  requestPersistence: () => void requestPersistence(),
  ...(inBrowser ? { deferWrite: afterNextPaint } : {}),
});
export const { useProgress } = progress;

/** Writes a change that is still waiting for its frame, now. */
export const flushProgress = progress.flush;

/** Where progress is kept and what went wrong, for notices and the settings screen. */
export const storageStatus = status;

/**
 * Turns "don't remember me on this device" on (everything the app saved here is removed
 * and nothing more is written; the ticks stay on screen until the tab closes) or off (the
 * current ticks are saved again).
 */
export function setRemember(remember: boolean): void {
  const session = sessionStore();
  try {
    if (remember) session?.removeItem(FORGET_FLAG);
    else session?.setItem(FORGET_FLAG, '1');
  } catch {
    // Without session storage the mode lasts until this page is closed or reloaded.
  }
  status.getState().setRemember(remember);
  if (remember) useProgress.setState({});
  else removeAppKeys(storage);
}

/** Removes every key the app wrote in this browser and clears the ticks on screen. */
export function forgetEverything(): void {
  status.getState().setRemember(false);
  removeAppKeys(storage);
  removeAppKeys(sessionStore());
  useProgress.setState(emptyProgress());
  for (const notice of status.getState().notices) status.getState().resolve(notice.kind);
}

if (inBrowser) {
  syncAcrossTabs(window, useProgress);
  // A change still waiting for its frame is written before the page goes away or out of sight.
  window.addEventListener('pagehide', flushProgress);
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) flushProgress();
  });
  void readPersistence().then((persistence) => status.getState().setPersistence(persistence));
}
