// Every internal URL the app links to is built here, so routes and links cannot drift apart.
import type { MessengerId } from '../content/messengers.ts';

export const paths = {
  home: () => '/',
  about: () => '/about',
  settings: () => '/settings',
  transfer: () => '/progress',
  restore: () => '/restore',
  recovery: (messenger?: MessengerId) => (messenger ? `/recovery/${messenger}` : '/recovery'),
  workshop: () => '/workshop',
  workshopJoin: () => '/workshop/join',
  workshopPresent: () => '/workshop/present',
  workshopHandout: () => '/workshop/handout',
  messenger: (messenger: MessengerId) => `/${messenger}`,
  item: (messenger: MessengerId, id: string) => `/${messenger}/${id}`,
} as const;

/** Route patterns for <Route path>, in the same shapes as `paths`. */
export const routePatterns = {
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
  messenger: '/:messenger',
  item: '/:messenger/:itemId',
  notFound: '*',
} as const;
