// The one route table: every address the app answers, in one place. The router's routes, the
// links (`paths`), the preloading before hydration, the list of pages to prerender and the
// list the tests walk are all derived from it (tests/unit/routes.test.ts checks they agree).
import { matchRoutes } from 'react-router';
import { MESSENGER_IDS, isMessengerId, type MessengerId } from '../content/messengers.ts';
import { index } from '../catalog/catalog.ts';
import { PATTERNS, paths, type RouteName } from './paths.ts';
import { LOCALES, localePrefix, type Locale } from '../i18n/locales.ts';

export { CHANGES_FEED, PATTERNS, paths, type RouteName } from './paths.ts';

interface RouteSpec {
  /** The pattern, as react-router reads it. */
  pattern: string;
  /** Every address of this route that exists, each prerendered to its own HTML file. */
  pages: () => readonly string[];
}

/** Every address of each route that exists; each is prerendered to its own HTML file. */
const PAGES: Record<RouteName, () => readonly string[]> = {
  home: () => [paths.home()],
  about: () => [paths.about()],
  settings: () => [paths.settings()],
  transfer: () => [paths.transfer()],
  restore: () => [paths.restore()],
  recovery: () => [paths.recovery()],
  recoveryFor: () => MESSENGER_IDS.map((messenger) => paths.recovery(messenger)),
  workshop: () => [paths.workshop()],
  workshopJoin: () => [paths.workshopJoin()],
  workshopPresent: () => [paths.workshopPresent()],
  workshopHandout: () => [paths.workshopHandout()],
  workshopGuide: () => [paths.workshopGuide()],
  changes: () => [paths.changes(), ...MESSENGER_IDS.map((messenger) => paths.changes(messenger))],
  messenger: () => MESSENGER_IDS.map((messenger) => paths.messenger(messenger)),
  item: () => index.map((item) => paths.item(item.messenger, item.id)),
};

/** The route table: each route's pattern and pages, in the order a reader expects (the router ranks patterns itself). */
// Marked pure, so the browser bundle drops it with the page lists: the app needs only the patterns.
export const ROUTES: Readonly<Record<RouteName, RouteSpec>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    (Object.keys(PATTERNS) as RouteName[]).map((name) => [name, { pattern: PATTERNS[name], pages: PAGES[name] }]),
  ) as Record<RouteName, RouteSpec>)();
export const ROUTE_NAMES = Object.keys(PATTERNS) as RouteName[];

const routeObjects = ROUTE_NAMES.map((name) => ({ id: name, path: PATTERNS[name] }));

export interface RouteMatch {
  name: RouteName;
  params: Readonly<Record<string, string | undefined>>;
}

/** The route the router shows for `pathname` (the same ranking as <Routes>), if any. */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const [match] = matchRoutes(routeObjects, pathname) ?? [];
  return match ? { name: match.route.id as RouteName, params: match.params } : undefined;
}

/** The messenger named in a route's params, when it is one. */
export function messengerParam(params: RouteMatch['params']): MessengerId | undefined {
  const { messenger } = params;
  return messenger !== undefined && isMessengerId(messenger) ? messenger : undefined;
}

export interface Page {
  url: string;
  /** The route that shows it; `notFound` for 404.html. */
  route: RouteName | 'notFound';
  /** Where the HTML goes in dist/. */
  file: string;
  locale: Locale;
}

/** The address the prerender renders as dist/404.html. */
export const NOT_FOUND_URL = '/__not-found__';

/** Every page to write as a file, in every language (English without a prefix), plus the not-found page. */
export function prerenderedPages(): Page[] {
  return [
    ...LOCALES.flatMap((locale) =>
      ROUTE_NAMES.flatMap((route) =>
        ROUTES[route].pages().map((path) => {
          const url = `${localePrefix(locale)}${path}`;
          return { url, route, file: `${url.slice(1)}${url.endsWith('/') ? '' : '/'}index.html`.replace(/^\/?index\.html$/, 'index.html'), locale };
        }),
      ),
    ),
    { url: NOT_FOUND_URL, route: 'notFound', file: '404.html', locale: 'en' },
  ];
}
