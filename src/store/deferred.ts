// The progress store, loaded after the page is on screen. Progress lives in this browser's
// storage, so the prerendered page cannot show it anyway; keeping zustand, zod and the
// storage code off the first route keeps that route small. hooks.ts adapts this to React.
import type { ProgressStore } from './progress-store.ts';
import type { StorageStatusStore } from './storage-status.ts';

export type StoreModule = typeof import('./browser.ts');

let loaded: StoreModule | undefined;
let loading: Promise<StoreModule> | undefined;
let failed = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const loadListeners = new Set<() => void>();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Starts loading the store (once, or again after a failure); resolves with the module. */
export function loadStore(): Promise<StoreModule> {
  // In three tasks, each short on a slow phone: the store's code and libraries (zustand, zod),
  // the browser's first look at this site's storage, then opening that storage and reading
  // the progress saved in it.
  loading ??= import('./progress-store.ts')
    .then((module) => nextTask().then(module.warmUpBrowserStorage))
    .then(nextTask)
    .then(() => import('./browser.ts'))
    .then(
      (module) => {
        loaded = module;
        failed = false;
        module.useProgress.subscribe(notify);
        module.storageStatus.subscribe(notify);
        notify();
        loadListeners.forEach((listener) => listener());
        return module;
      },
      (error: unknown) => {
        // The file did not arrive: say so (storeFailed), and let a later call try again.
        loading = undefined;
        failed = true;
        notify();
        throw error;
      },
    );
  return loading;
}

/** True when the store's file could not be loaded (the last try failed). */
export function storeFailed(): boolean {
  return failed;
}

/** The loaded store module; only call from UI that renders once the store is ready. */
export function store(): StoreModule {
  if (!loaded) throw new Error('The progress store is not loaded yet');
  return loaded;
}

/** Calls `listener` when the store loads and on every change after that. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `listener` once when the store loads (never, if it has loaded already). */
export function whenLoaded(listener: () => void): () => void {
  loadListeners.add(listener);
  return () => loadListeners.delete(listener);
}

/** True once the store has loaded in this browser. */
export function storeLoaded(): boolean {
  return loaded !== undefined;
}

export function progressState(): ProgressStore | undefined {
  return loaded?.useProgress.getState();
}

export function statusState(): StorageStatusStore | undefined {
  return loaded?.storageStatus.getState();
}
