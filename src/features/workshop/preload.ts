// Loads the steps of the plan in a workshop address before the page hydrates. Imported on
// demand, so the plan codec stays off the first route.
import { decodePlan } from './plan-codec.ts';
import { preloadItems } from '../../catalog/entries.ts';
import { loadCatalog } from '../../catalog/entries.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';

/** In the page's language, so the steps the page shows are the ones loaded. */
export async function preloadPlan(hash: string, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const plan = decodePlan(hash, (await loadCatalog(locale)).knownKeys);
  if (plan.ok) await preloadItems(plan.value.items, locale);
}
