// Workshop plans: what a trainer picked, as addresses participants and the presenter open.
import { index, loadItem } from 'virtual:checklist';
import { MESSENGER_IDS, type MessengerId, type PlatformId } from '../../content/messengers.ts';
import type { ChecklistItem } from '../../content/schema.ts';
import { preload, useLoaded } from '../../components/loaded.ts';
import { itemKey } from '../../store/model.ts';
import { encodePlan, type Plan } from './plan-codec.ts';
import { paths } from '../../app/paths.ts';

export const knownKeys: readonly string[] = index.map((item) => itemKey(item.messenger, item.id));

/** The default plan: the essential steps of the chosen messengers, in content order. */
export function essentialsFor(messengers: readonly MessengerId[]): string[] {
  return index
    .filter((item) => messengers.includes(item.messenger) && item.priority === 'essential')
    .map((item) => itemKey(item.messenger, item.id));
}

export function planUrls(plan: Plan, origin: string) {
  const fragment = encodePlan(plan);
  return {
    join: `${origin}${paths.workshopJoin()}#${fragment}`,
    present: `${paths.workshopPresent()}#${fragment}`,
    handout: `${paths.workshopHandout()}#${fragment}`,
  };
}

const loadPlanItems = (keys: readonly string[]) => async () => {
    const items = await Promise.all(
      keys.map((key) => {
        const [messenger, id] = key.split('/') as [string, string];
        return loadItem(messenger, id);
      }),
    );
    return items.filter((item: ChecklistItem | undefined): item is ChecklistItem => item !== undefined);
};

/** Starts loading a plan's items (before hydration, so a workshop link opens without a flash). */
export function preloadPlanItems(keys: readonly string[]): Promise<ChecklistItem[]> {
  return preload(`plan/${keys.join(',')}`, loadPlanItems(keys));
}

/** The full items of a plan, in its order (suspends while they load). */
export function usePlanItems(keys: readonly string[]): ChecklistItem[] {
  return useLoaded(`plan/${keys.join(',')}`, loadPlanItems(keys));
}

export function messengersIn(keys: readonly string[]): MessengerId[] {
  return MESSENGER_IDS.filter((id) => keys.some((key) => key.startsWith(`${id}/`)));
}

/** A vendor URL without https:// and trailing slash, short enough to read off a projector. */
export function shortUrl(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '');
}

export type { Plan, PlatformId };
