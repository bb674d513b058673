// Browser entry: hydrates the prerendered HTML of the page, or renders from scratch in dev.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { loadStore } from '../store/deferred.ts';
import { preloadRoute } from './route-table.ts';
import { registerServiceWorker } from './updates.ts';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>
);

// Progress is read from storage while the page hydrates; it is not needed to show the page.
void loadStore();

// Load this page's screen and content first, so hydration matches the prerendered HTML at once.
void preloadRoute(window.location.pathname)
  .catch(() => undefined)
  .then(() => {
    if (container.hasChildNodes()) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });

// Offline support, in built pages only (the dev server has no service worker).
if (import.meta.env.PROD) {
  window.addEventListener('load', () => void registerServiceWorker().catch(() => undefined));
}
