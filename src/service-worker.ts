/// <reference lib="webworker" />
// The service worker: precaches every page, script, style and icon of the build that every
// language shares, plus those of the person's language (`/sw.js?lang=es`; the list is injected
// by scripts/service-worker.ts), so after one visit every route works offline in that language,
// including deep links never opened before. Pages and files of another language are kept as
// they are visited. A new version waits until the person says so.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { localePrefix, splitLocale } from './i18n/locales.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: unknown };
/** The build's files, each with its revision and, if it is one language's, that language. */
const MANIFEST = self.__WB_MANIFEST as { url: string; revision: string | null; locale?: string }[];

/** The languages to keep offline: the page's language when the worker was registered. */
const languages = (new URL(self.location.href).searchParams.get('lang') ?? 'en').split(',');

// The first version takes over the open page at once, so it works offline without a reload;
// later versions wait for the person (see the message listener below).
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(
  MANIFEST.filter((entry) => !entry.locale || languages.includes(entry.locale)).map(({ url, revision }) => ({ url, revision })),
  // Filters like ?status=todo do not change what a file holds.
  { ignoreURLParametersMatching: [/.*/] },
);
// Another language's files (content-hashed, so never stale) are kept once fetched.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/') && request.destination === 'script',
  new CacheFirst({ cacheName: 'other-languages' }),
);

// Pages come from the network (a newer version may be there), and are kept for offline use.
// Offline, a page not kept yet is drawn by the app inside its language's app shell (the app's
// scripts are precached); the router shows "Page not found" for an address that does not exist.
const pages = new NetworkFirst({ cacheName: 'pages', networkTimeoutSeconds: 6 });
registerRoute(
  new NavigationRoute(async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      const shell = `${localePrefix(splitLocale(options.url.pathname).locale)}/app.html`;
      return (await matchPrecache(shell)) ?? (await matchPrecache('/app.html')) ?? Response.error();
    }
  }),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
