// Tells components whether the browser has taken over the prerendered page. Progress and
// anything else that exists only in the browser is shown once hydrated, so the prerendered
// HTML (and a page read without JavaScript) never shows an empty state that then fills in.
import { useSyncExternalStore } from 'react';

const noChanges = () => () => {};

/**
 * False on the server and while this part of the page hydrates; true after. Built on
 * useSyncExternalStore, which React hydrates with the server value in every Suspense
 * boundary, however late that boundary hydrates.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}
