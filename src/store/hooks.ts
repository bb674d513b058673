// React's view of the deferred store: the one store module allowed to import React (the ESLint
// config names it), so everything else in store/ stays plain data and functions.
//
// A page takes the store in as a transition: when it loads (after hydration, while the page is
// idle), every part with progress to show re-renders in one update that React splits into
// short slices and interrupts for a tap, instead of one long task that re-renders the page at
// once; a part with nothing new to show does not render again (useSlice). Later changes (a
// tick) are ordinary store updates, shown at once.
import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { progressState, statusState, storeFailed, storeLoaded, subscribe, whenLoaded } from './deferred.ts';
import type { ProgressStore } from './progress-store.ts';
import type { StorageStatusStore } from './storage-status.ts';

const nothing = () => undefined;
const unchanging = () => () => {};

/**
 * True once the store has loaded and this part of the page has taken it in; false on the
 * server and while hydrating (so the page matches its prerendered HTML). A part that appears
 * after the store loaded has it from its first render.
 */
export function useStoreReady(): boolean {
  // Loaded before this part appeared: ready from its first render. While hydrating, React
  // reads the server's value (false), and re-renders at once if the store loaded meanwhile.
  const loadedBefore = useSyncExternalStore(unchanging, storeLoaded, () => false);
  const [arrived, setArrived] = useState(false);
  useEffect(() => whenLoaded(() => startTransition(() => setArrived(true))), []);
  return loadedBefore || arrived;
}

/** True when progress could not be loaded (its file did not arrive). */
export function useStoreFailed(): boolean {
  return useSyncExternalStore(subscribe, storeFailed, () => false);
}

/**
 * A slice of the progress store, or undefined until this part of the page is ready for it
 * (useStoreReady). Select slices, not new objects.
 */
export function useProgressStore<T>(select: (state: ProgressStore) => T): T | undefined {
  return useSlice(progressState, select);
}

/** A slice of the storage status, or undefined until this part of the page is ready for it. */
export function useStorageStatus<T>(select: (state: StorageStatusStore) => T): T | undefined {
  return useSlice(statusState, select);
}

function useSlice<S, T>(read: () => S | undefined, select: (state: S) => T): T | undefined {
  const loadedBefore = useSyncExternalStore(unchanging, storeLoaded, () => false);
  // When the store loads, a part whose slice is what it showed before (undefined: a preference
  // never set, say) takes it in quietly, without rendering again: a whole step page rendered
  // again for nothing cost a commit of about 25 ms here (100 ms on a slow phone), as React
  // compares every element's props again. A part with something new to show takes it in with
  // the transition, and not before: until then, store changes leave it as it is.
  const quietly = useRef(false);
  const latest = useRef(select);
  const [arrived, setArrived] = useState(false);
  useEffect(() => {
    latest.current = select;
  });
  useEffect(
    () =>
      whenLoaded(() => {
        const state = read();
        if (state === undefined || latest.current(state) === undefined) quietly.current = true;
        else startTransition(() => setArrived(true));
      }),
    [read],
  );
  return useSyncExternalStore(
    subscribe,
    () => {
      const state = loadedBefore || arrived || quietly.current ? read() : undefined;
      return state === undefined ? undefined : select(state);
    },
    nothing,
  );
}
