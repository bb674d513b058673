// The change log of every item ("What changed"), newest first. Its own module, apart from
// catalog.ts, so that neither the data nor the code to load it is on the first route: only
// the "What changed" screen imports it (and hands preloadChanges on to app/route-table.tsx).
import type { ChangeEntry } from '../content/schema.ts';
import { preload, useLoaded } from './loaded.ts';

const CHANGES_KEY = 'checklist/changes';
const loadChanges = () => import('virtual:checklist/changes').then((module) => module.changes);

/** Starts loading the change log (before hydration, so "What changed" does not wait). */
export function preloadChanges(): Promise<readonly ChangeEntry[]> {
  return preload(CHANGES_KEY, loadChanges);
}

/** Every item's changes, newest first (suspends while they load). */
export function useChanges(): readonly ChangeEntry[] {
  return useLoaded(CHANGES_KEY, loadChanges);
}
