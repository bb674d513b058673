// Loads the steps of the plan in a workshop address before the page hydrates. Imported on
// demand, so the plan codec stays off the first route.
import { decodePlan } from './plan-codec.ts';
import { loadCatalog, preloadItems } from '../../catalog/catalog.ts';

export async function preloadPlan(hash: string): Promise<void> {
  const plan = decodePlan(hash, (await loadCatalog()).knownKeys);
  if (plan.ok) await preloadItems(plan.value.items);
}
