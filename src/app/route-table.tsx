// What each route of the route table (routing/routes.ts) shows, and what it needs loaded
// before it can render without suspending: its screen (a chunk of its own, but for the home
// page) and its content. The router's routes and the preloading are both built from this.
import { use, type ReactNode } from 'react';
import { preload } from '../catalog/loaded.ts';
import { preloadEntries, preloadItem, preloadMessenger, preloadRecovery } from '../catalog/catalog.ts';
import { preloadMessages } from '../i18n/i18n.tsx';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
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
  /** Everything the page needs before it renders: its screen, its content and its messages, in the page's language. */
  load?: (params: RouteMatch['params'], hash: string, locale: Locale) => Promise<unknown>;
}

type Loader = (params: RouteMatch['params'], hash: string, locale: Locale) => Promise<unknown> | undefined;

function lazyView<N extends ScreenName>(
  screen: N,
  page: (module: Screen<N>) => ReactNode,
  data?: Loader,
): RouteView {
  return {
    element: <Lazy screen={screen} page={page} />,
    // Every screen but the home page lists or links items by title: the entries come along,
    // and the messages beyond the first page's.
    load: (params, hash, locale) =>
      Promise.all([preloadScreen(screen), preloadEntries(locale), preloadMessages(locale, 'app'), data?.(params, hash, locale)]),
  };
}

const ifMessenger = <T,>(params: RouteMatch['params'], load: (messenger: NonNullable<ReturnType<typeof messengerParam>>) => T) => {
  const messenger = messengerParam(params);
  return messenger ? load(messenger) : undefined;
};

const preloadPlan: Loader = (_params, hash, locale) =>
  import('../features/workshop/preload.ts').then(({ preloadPlan }) => preloadPlan(hash, locale));

const VIEWS: Record<RouteName, RouteView> = {
  home: { element: <HomePage /> },
  about: lazyView('about', (m) => <m.AboutPage />),
  settings: lazyView('settings', (m) => <m.SettingsPage />),
  transfer: lazyView('transfer', (m) => <m.TransferPage />),
  restore: lazyView('restore', (m) => <m.RestorePage />),
  recovery: lazyView('recovery', (m) => <m.RecoveryPage />),
  recoveryFor: lazyView('recovery', (m) => <m.RecoveryPage />, (params, _hash, locale) => ifMessenger(params, (m) => preloadRecovery(m, locale))),
  workshop: lazyView('workshop', (m) => <m.WorkshopPage />),
  workshopJoin: lazyView('workshop', (m) => <m.WorkshopJoinPage />, preloadPlan),
  workshopPresent: lazyView('workshop', (m) => <m.WorkshopPresentPage />, preloadPlan),
  workshopHandout: lazyView('workshop', (m) => <m.WorkshopHandoutPage />, preloadPlan),
  workshopGuide: lazyView('sessionGuide', (m) => <m.SessionGuidePage />),
  // The change log's loader is not on the first route: its screen hands it on.
  changes: lazyView('changes', (m) => <m.ChangesPage />, (_params, _hash, locale) => preloadScreen('changes').then((m) => m.preloadChanges(locale))),
  messenger: lazyView('messenger', (m) => <m.MessengerPage />, (params, _hash, locale) => ifMessenger(params, (m) => preloadMessenger(m, locale))),
  item: lazyView('item', (m) => <m.ItemPage />, ({ messenger, itemId }, _hash, locale) =>
    messenger && itemId ? preloadItem(messenger, itemId, locale) : undefined,
  ),
};

/** The router's routes, in the route table's order. */
export const routeElements = ROUTE_NAMES.map((name) => ({ name, path: PATTERNS[name], element: VIEWS[name].element }));

/** What an address that matches no route shows. */
export const notFoundElement = <Lazy screen="notFound" page={(m) => <m.NotFoundPage />} />;

/**
 * Loads the screen, content and messages for `pathname` (the app's path, without the language
 * prefix) and a workshop plan in `hash`, in `locale`; resolves when rendering it will not suspend.
 */
export async function preloadRoute(pathname: string, hash = '', locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const match = matchRoute(pathname);
  const shell = preloadMessages(locale, 'shell');
  if (match) await Promise.all([shell, VIEWS[match.name].load?.(match.params, hash, locale)]);
  else await Promise.all([shell, preloadMessages(locale, 'app'), preloadScreen('notFound')]);
}
