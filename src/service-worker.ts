/// <reference lib="webworker" />
// The service worker: precaches every page, script, style and icon of the build (the list is
// injected by scripts/service-worker.ts), so after one visit every route works offline,
// including deep links never opened before. A new version waits until the person says so.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

// The first version takes over the open page at once, so it works offline without a reload;
// later versions wait for the person (see the message listener below).
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, {
  // Filters like ?status=todo do not change the page's HTML.
  ignoreURLParametersMatching: [/.*/],
  // Pages are prerendered as /<route>/index.html and linked as /<route>.
  urlManipulation: ({ url }) => [new URL(`${url.pathname.replace(/\/$/, '')}/index.html`, url)],
});
// Any other address goes to the network (a page newer than this version may exist there);
// offline, it shows the not-found page.
registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return (await matchPrecache('/404.html')) ?? Response.error();
    }
  }),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
