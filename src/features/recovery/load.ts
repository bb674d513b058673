// Loading a messenger's recovery steps: one cache key for the screen and for the preload
// that runs before hydration. Small on purpose: the route table imports it on the first route.
import { loadItem } from 'virtual:checklist';
import type { MessengerId } from '../../content/messengers.ts';
import type { ChecklistItem } from '../../content/schema.ts';
import { preload, useLoaded } from '../../components/loaded.ts';

export const RECOVERY_ITEM_ID = 'account-takeover-recovery';

const key = (messenger: MessengerId) => `recovery/item/${messenger}`;
const loader = (messenger: MessengerId) => () => loadItem(messenger, RECOVERY_ITEM_ID);

/** Starts loading a messenger's recovery steps (before hydration, so the page does not wait). */
export function preloadRecovery(messenger: MessengerId): Promise<ChecklistItem | undefined> {
  return preload(key(messenger), loader(messenger));
}

/** A messenger's recovery item (suspends while it loads). */
export function useRecoveryItem(messenger: MessengerId): ChecklistItem | undefined {
  return useLoaded(key(messenger), loader(messenger));
}
