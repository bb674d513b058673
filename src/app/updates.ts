// Offline support and updates: registers the service worker (built by
// scripts/service-worker.ts) once the page is up, and tells the page when a new version is
// waiting, which it applies only when the person says so. Progress lives in localStorage,
// so an update never touches it.
type Listener = () => void;

let waiting = false;
let apply: (() => void) | undefined;
const listeners = new Set<Listener>();

export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateWaiting(): boolean {
  return waiting;
}

/** Activates the waiting version and reloads into it. */
export function applyUpdate(): void {
  apply?.();
}

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
    waiting = true;
    apply = () => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    };
    listeners.forEach((listener) => listener());
  });
  await workbox.register();
}
