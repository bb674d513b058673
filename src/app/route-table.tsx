// What each route of the route table (routing/routes.ts) shows, and what it needs loaded
// before it can render without suspending: its screen (a chunk of its own, but for the home
// page) and its content. The router's routes and the preloading are both built from this.
import { use, type ReactNode } from 'react';
import { preload } from '../catalog/loaded.ts';
import { preloadEntries, preloadItem, preloadMessenger, preloadRecovery } from '../catalog/catalog.ts';
import { PATTERNS, ROUTE_NAMES, matchRoute, messengerParam, type RouteMatch, type RouteName } from '../routing/routes.ts';
import { HomePage } from './routes/home.tsx';

const screens = {
  about: () => import('./routes/about.tsx'),
  settings: () => import('./routes/settings.tsx'),
  transfer: () => import('./routes/transfer.tsx'),
  restore: () => import('./routes/restore.tsx'),
  messenger: () => import('./routes/messenger.tsx'),
  item: () => import('./routes/item.tsx'),
  recovery: () => import('./routes/recovery.tsx'),
  workshop: () => import('./routes/workshop.tsx'),
  sessionGuide: () => import('./routes/session-guide.tsx'),
  changes: () => import('./routes/changes.tsx'),
  notFound: () => import('./routes/not-found.tsx'),
} as const;

type ScreenName = keyof typeof screens;
type Screen<N extends ScreenName> = Awaited<ReturnType<(typeof screens)[N]>>;

function preloadScreen<N extends ScreenName>(name: N): Promise<Screen<N>> {
  return preload(`screen/${name}`, screens[name] as () => Promise<Screen<N>>);
}

/** Renders one page of a lazily loaded screen module (suspends until it has loaded). */
function Lazy<N extends ScreenName>({ screen, page }: { screen: N; page: (module: Screen<N>) => ReactNode }) {
  return page(use(preloadScreen(screen)));
}

interface RouteView {
  element: ReactNode;
  /** Everything the page needs before it renders: its screen and its content. */
  load?: (params: RouteMatch['params'], hash: string) => Promise<unknown>;
}

function lazyView<N extends ScreenName>(
  screen: N,
  page: (module: Screen<N>) => ReactNode,
  data?: (params: RouteMatch['params'], hash: string) => Promise<unknown> | undefined,
): RouteView {
  return {
    element: <Lazy screen={screen} page={page} />,
    // Every screen but the home page lists or links items by title: the entries come along.
    load: (params, hash) => Promise.all([preloadScreen(screen), preloadEntries(), data?.(params, hash)]),
  };
}

const ifMessenger = <T,>(params: RouteMatch['params'], load: (messenger: NonNullable<ReturnType<typeof messengerParam>>) => T) => {
  const messenger = messengerParam(params);
  return messenger ? load(messenger) : undefined;
};

const preloadPlan = (_params: RouteMatch['params'], hash: string) =>
  import('../features/workshop/preload.ts').then(({ preloadPlan }) => preloadPlan(hash));

const VIEWS: Record<RouteName, RouteView> = {
  home: { element: <HomePage /> },
  about: lazyView('about', (m) => <m.AboutPage />),
  settings: lazyView('settings', (m) => <m.SettingsPage />),
  transfer: lazyView('transfer', (m) => <m.TransferPage />),
  restore: lazyView('restore', (m) => <m.RestorePage />),
  recovery: lazyView('recovery', (m) => <m.RecoveryPage />),
  recoveryFor: lazyView('recovery', (m) => <m.RecoveryPage />, (params) => ifMessenger(params, preloadRecovery)),
  workshop: lazyView('workshop', (m) => <m.WorkshopPage />),
  workshopJoin: lazyView('workshop', (m) => <m.WorkshopJoinPage />, preloadPlan),
  workshopPresent: lazyView('workshop', (m) => <m.WorkshopPresentPage />, preloadPlan),
  workshopHandout: lazyView('workshop', (m) => <m.WorkshopHandoutPage />, preloadPlan),
  workshopGuide: lazyView('sessionGuide', (m) => <m.SessionGuidePage />),
  // The change log's loader is not on the first route: its screen hands it on.
  changes: lazyView('changes', (m) => <m.ChangesPage />, () => preloadScreen('changes').then((m) => m.preloadChanges())),
  messenger: lazyView('messenger', (m) => <m.MessengerPage />, (params) => ifMessenger(params, preloadMessenger)),
  item: lazyView('item', (m) => <m.ItemPage />, ({ messenger, itemId }) =>
    messenger && itemId ? preloadItem(messenger, itemId) : undefined,
  ),
};

/** The router's routes, in the route table's order. */
export const routeElements = ROUTE_NAMES.map((name) => ({ name, path: PATTERNS[name], element: VIEWS[name].element }));

/** What an address that matches no route shows. */
export const notFoundElement = <Lazy screen="notFound" page={(m) => <m.NotFoundPage />} />;

/** Loads the screen and content for `pathname` (and a workshop plan in `hash`); resolves when rendering it will not suspend. */
export async function preloadRoute(pathname: string, hash = ''): Promise<void> {
  const match = matchRoute(pathname);
  if (match) await VIEWS[match.name].load?.(match.params, hash);
  else await preloadScreen('notFound');
}
