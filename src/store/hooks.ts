// React's view of the deferred store: the one store module allowed to import React (the ESLint
// config names it), so everything else in store/ stays plain data and functions.
import { useSyncExternalStore } from 'react';
import { progressState, statusState, storeFailed, subscribe } from './deferred.ts';
import type { ProgressStore } from './progress-store.ts';
import type { StorageStatusStore } from './storage-status.ts';

const nothing = () => undefined;

/** True once the store has loaded in this browser; false on the server and while loading. */
export function useStoreReady(): boolean {
  return useSyncExternalStore(subscribe, () => progressState() !== undefined, () => false);
}

/** True when progress could not be loaded (its file did not arrive). */
export function useStoreFailed(): boolean {
  return useSyncExternalStore(subscribe, storeFailed, () => false);
}

/** A slice of the progress store, or undefined while it loads. Select slices, not new objects. */
export function useProgressStore<T>(select: (state: ProgressStore) => T): T | undefined {
  return useSyncExternalStore(subscribe, () => {
    const state = progressState();
    return state ? select(state) : undefined;
  }, nothing);
}

/** A slice of the storage status, or undefined while the store loads. */
export function useStorageStatus<T>(select: (state: StorageStatusStore) => T): T | undefined {
  return useSyncExternalStore(subscribe, () => {
    const state = statusState();
    return state ? select(state) : undefined;
  }, nothing);
}
