// Which screen each address shows, and what each screen needs loaded. Screens other than the
// home page are separate chunks; the browser loads the current one (and its content) before
// hydrating, so the prerendered page is taken over without a flash.
import { matchPath } from 'react-router';
import { isMessengerId } from '../content/messengers.ts';
import { preload } from '../components/loaded.ts';
import { preloadItem, preloadMessenger } from '../features/checklist/catalog.ts';
import { preloadRecovery } from '../features/recovery/load.ts';
import { routePatterns } from './paths.ts';

export const screens = {
  about: () => import('./routes/about.tsx'),
  settings: () => import('./routes/settings.tsx'),
  transfer: () => import('./routes/transfer.tsx'),
  restore: () => import('./routes/restore.tsx'),
  messenger: () => import('./routes/messenger.tsx'),
  item: () => import('./routes/item.tsx'),
  recovery: () => import('./routes/recovery.tsx'),
  workshop: () => import('./routes/workshop.tsx'),
} as const;

export type ScreenName = keyof typeof screens;

export type Screen<N extends ScreenName> = Awaited<ReturnType<(typeof screens)[N]>>;

export function preloadScreen<N extends ScreenName>(name: N): Promise<Screen<N>> {
  return preload(`screen/${name}`, screens[name] as () => Promise<Screen<N>>);
}

/** Loads the screen and content for `pathname` (and a workshop plan in `hash`); resolves when rendering it will not suspend. */
export async function preloadRoute(pathname: string, hash = ''): Promise<void> {
  const fixed = (['about', 'settings', 'transfer', 'restore'] as const).find((name) => matchPath(routePatterns[name], pathname));
  if (fixed) {
    await preloadScreen(fixed);
    return;
  }
  if (matchPath(routePatterns.workshop, pathname)) {
    await preloadScreen('workshop');
    return;
  }
  if ((['workshopJoin', 'workshopPresent', 'workshopHandout'] as const).some((name) => matchPath(routePatterns[name], pathname))) {
    await Promise.all([preloadScreen('workshop'), import('../features/workshop/preload.ts').then(({ preloadPlan }) => preloadPlan(hash))]);
    return;
  }
  if (matchPath(routePatterns.recovery, pathname)) {
    await preloadScreen('recovery');
    return;
  }
  const recovery = matchPath(routePatterns.recoveryFor, pathname)?.params.messenger;
  if (recovery && isMessengerId(recovery)) {
    await Promise.all([preloadScreen('recovery'), preloadRecovery(recovery)]);
    return;
  }
  const item = matchPath(routePatterns.item, pathname);
  if (item?.params.messenger && item.params.itemId) {
    await Promise.all([preloadScreen('item'), preloadItem(item.params.messenger, item.params.itemId)]);
    return;
  }
  const messenger = matchPath(routePatterns.messenger, pathname)?.params.messenger;
  if (messenger && isMessengerId(messenger)) await Promise.all([preloadScreen('messenger'), preloadMessenger(messenger)]);
}
