// Reads the workshop plan from the address's fragment (only in the browser: a server never
// sees it), as a plan or a plain-language error.
import { useDeferredValue } from 'react';
import { useLocation } from 'react-router';
import { useHydrated } from '../../components/hydration.tsx';
import { decodePlan } from './plan-codec.ts';
import { useCatalog } from '../../catalog/entries.ts';

export function usePlanFromAddress() {
  // Deferred: what the plan shows (a planner of 43 steps, a presenter, a handout) is drawn in a
  // render React splits into short slices after the page has hydrated, not in one long task.
  // On a page opened in the app it is there from the first render.
  const hydrated = useDeferredValue(useHydrated());
  const { hash } = useLocation();
  const { knownKeys } = useCatalog();
  return hydrated ? decodePlan(hash, knownKeys) : undefined;
}
