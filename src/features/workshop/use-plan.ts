// Reads the workshop plan from the address's fragment (only in the browser: a server never
// sees it), as a plan or a plain-language error.
import { useLocation } from 'react-router';
import { useHydrated } from '../../components/hydration.tsx';
import { decodePlan } from './plan-codec.ts';
import { useCatalog } from '../../catalog/entries.ts';

export function usePlanFromAddress() {
  const hydrated = useHydrated();
  const { hash } = useLocation();
  const { knownKeys } = useCatalog();
  return hydrated ? decodePlan(hash, knownKeys) : undefined;
}
