// Registers the service worker (built by scripts/service-worker.ts) once the page is up, and
// hands a waiting new version to updates.ts. Loaded after the page has started: it needs
// Workbox's window module, and nothing on the first page waits for it.
import { announceUpdate } from './updates.ts';

/**
 * Registers the worker for the page's language (it keeps that language offline). A worker that
 * is already there keeps its address: registering another would look like a new version.
 */
export async function registerServiceWorker(locale: string): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const existing = (await navigator.serviceWorker.getRegistration())?.active?.scriptURL;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(existing ?? `/sw.js?lang=${locale}`);
  workbox.addEventListener('waiting', () => {
    announceUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
}
