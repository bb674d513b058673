// Workshop plans: what a trainer picked, as addresses participants and the presenter open.
import { MESSENGER_IDS, type MessengerId, type PlatformId } from '../../content/messengers.ts';
import type { Catalog } from '../../catalog/entries.ts';
import { itemKey } from '../../store/model.ts';
import { encodePlan, type Plan } from './plan-codec.ts';
import { paths } from '../../routing/routes.ts';
import { localePrefix, type Locale } from '../../i18n/locales.ts';

/** The default plan: the essential steps of the chosen messengers, in list order. */
export function essentialsFor(catalog: Catalog, messengers: readonly MessengerId[]): string[] {
  return catalog.essentialsOf(messengers).map((item) => itemKey(item.messenger, item.id));
}

/**
 * The plan's addresses. `join` is whole (a link to copy, a QR code) and carries the trainer's
 * language prefix, so participants open it in that language; the others are for the router's
 * links, which add the prefix themselves.
 */
export function planUrls(plan: Plan, origin: string, locale: Locale) {
  const fragment = encodePlan(plan);
  return {
    join: `${origin}${localePrefix(locale)}${paths.workshopJoin()}#${fragment}`,
    present: `${paths.workshopPresent()}#${fragment}`,
    handout: `${paths.workshopHandout()}#${fragment}`,
    /** The planner with this plan filled in: where the presenter's "Exit" leads. */
    planner: `${paths.workshop()}#${fragment}`,
  };
}

export function messengersIn(keys: readonly string[]): MessengerId[] {
  return MESSENGER_IDS.filter((id) => keys.some((key) => key.startsWith(`${id}/`)));
}

/** An address without http(s):// and trailing slash, short enough to read off a projector. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export type { Plan, PlatformId };
