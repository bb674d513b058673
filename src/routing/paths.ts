// The patterns and the links of the route table (routes.ts), apart from the content so that
// build scripts (scripts/atom-feed.ts) can build the same addresses without the compiled
// checklist. Everything else imports them from routes.ts.
import type { MessengerId } from '../content/messengers.ts';

/** The pattern of each route, as react-router reads it. */
export const PATTERNS = {
  home: '/',
  about: '/about',
  settings: '/settings',
  transfer: '/progress',
  restore: '/restore',
  recovery: '/recovery',
  recoveryFor: '/recovery/:messenger',
  workshop: '/workshop',
  workshopJoin: '/workshop/join',
  workshopPresent: '/workshop/present',
  workshopHandout: '/workshop/handout',
  /** "Running the session": a trainer's guide to the room. */
  workshopGuide: '/workshop/guide',
  /** Every change, or one messenger's (an optional segment: one route, four pages). */
  changes: '/changes/:messenger?',
  messenger: '/:messenger',
  item: '/:messenger/:itemId',
} as const;

export type RouteName = keyof typeof PATTERNS;

/** A pattern with its `:params` filled in; an optional one left empty drops its segment. */
function fill(pattern: string, params: Readonly<Record<string, string | undefined>>): string {
  return pattern.replace(/\/:(\w+)\??/g, (_segment, name: string) => (params[name] === undefined ? '' : `/${encodeURIComponent(params[name])}`));
}

/** Every internal URL the app links to. */
export const paths = {
  home: () => PATTERNS.home,
  about: () => PATTERNS.about,
  settings: () => PATTERNS.settings,
  transfer: () => PATTERNS.transfer,
  restore: () => PATTERNS.restore,
  recovery: (messenger?: MessengerId) => (messenger ? fill(PATTERNS.recoveryFor, { messenger }) : PATTERNS.recovery),
  workshop: () => PATTERNS.workshop,
  workshopJoin: () => PATTERNS.workshopJoin,
  workshopPresent: () => PATTERNS.workshopPresent,
  workshopHandout: () => PATTERNS.workshopHandout,
  workshopGuide: () => PATTERNS.workshopGuide,
  changes: (messenger?: MessengerId) => fill(PATTERNS.changes, { messenger }),
  messenger: (messenger: MessengerId) => fill(PATTERNS.messenger, { messenger }),
  item: (messenger: MessengerId, itemId: string) => fill(PATTERNS.item, { messenger, itemId }),
} as const;

/** The Atom feed of "What changed", a static file the build writes (scripts/changes-feed.ts). */
export const CHANGES_FEED = '/changes.atom';
