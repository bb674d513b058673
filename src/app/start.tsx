// Starts the app in the browser: hydrates the prerendered HTML of the page (or renders from
// scratch in dev), loads progress, and registers the service worker for offline use.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { loadStore } from '../store/deferred.ts';
import { preloadRoute } from './route-table.ts';
import { registerServiceWorker } from './updates.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>
);

// Progress is read from storage once the page has hydrated and the browser is idle: it is
// not needed to show the page, and keeping it apart keeps each task short on a slow phone.
function loadProgressWhenIdle() {
  const later = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
  later(() => void loadStore());
}

// Load this page's screen and content first, so hydration matches the prerendered HTML at once.
void preloadRoute(window.location.pathname, window.location.hash)
  .catch(() => undefined)
  .then(() => {
    // As a transition, hydration yields to the browser between chunks of work, so a slow
    // phone stays responsive while the page is taken over.
    if (container.hasChildNodes()) startTransition(() => void hydrateRoot(container, app));
    else createRoot(container).render(app);
    loadProgressWhenIdle();
  });

// Offline support, in built pages only (the dev server has no service worker).
if (import.meta.env.PROD) {
  const register = () => void registerServiceWorker().catch(() => undefined);
  // This module may start after the page's load event has already fired.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
