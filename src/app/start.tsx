// Starts the app in the browser: hydrates the prerendered HTML of the page (or renders from
// scratch in dev), loads progress, and registers the service worker for offline use. If this
// page's files cannot load, the prerendered page stays as it is, readable, with a notice.
import './libraries-first.ts';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type HydrationOptions } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { LocaleProvider } from '../i18n/i18n.tsx';
import { preparePluralRules } from '../i18n/format.ts';
import { LOCALE_INFO, localePrefix, splitLocale } from '../i18n/locales.ts';
import { App } from './App.tsx';
import { startProgress } from './start-progress.ts';
import { reloadIfNewDeploy, reportLoadFailure } from './load-failure.ts';
import { preloadRoute } from './route-table.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The page's language is in its address (`/es/…`); English pages have no prefix. A link to
// another language is a full page load, so the language is fixed for the life of the page.
const { locale, path } = splitLocale(window.location.pathname);
// Prerendered pages say so already; the dev server's page does not.
document.documentElement.lang = locale;
document.documentElement.dir = LOCALE_INFO[locale].dir;

const app = (
  <StrictMode>
    <LocaleProvider value={locale}>
      <BrowserRouter basename={localePrefix(locale)}>
        <App />
      </BrowserRouter>
    </LocaleProvider>
  </StrictMode>
);

// Errors that a boundary handled are reported for developers, not raised as console errors;
// an error no boundary caught leaves the prerendered page and says the page could not start.
const errorHandling: HydrationOptions = {
  onCaughtError: (error) => reportLoadFailure('A part of the page', error),
  onRecoverableError: (error) => reportLoadFailure('A part of the page', error),
};

/** Tells the person that the page could not start (the notice is in index.html); the prerendered text stays readable. */
function showStartFailure() {
  const notice = document.getElementById('start-failed');
  if (!notice) return;
  document.getElementById('main')?.prepend(notice);
  notice.hidden = false;
}

// Progress is read from storage once the page has hydrated and the browser is idle: it is
// not needed to show the page, and keeping it apart keeps each task short on a slow phone.
const whenIdle = (callback: () => void) => (window.requestIdleCallback ?? ((later: () => void) => setTimeout(later, 50)))(() => callback());

// Offline support, in built pages only (the dev server has no service worker). Registered last,
// once the page has started and progress has loaded (or failed to), when the browser is idle:
// installing the worker downloads every file of the language, and on a phone with few cores
// that work would slow down the page's own start.
function registerServiceWorkerWhenIdle() {
  if (!import.meta.env.PROD) return;
  const register = () =>
    void import('./register-sw.ts').then(({ registerServiceWorker }) => registerServiceWorker(locale)).catch(() => undefined);
  whenIdle(() => {
    // The page's load event may still be to come (a slow image, say).
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  });
}

// While the screen's files load: the plural rules the page's counts need, in a task of their own.
setTimeout(() => preparePluralRules(locale), 0);

// Load this page's screen and content first, so hydration matches the prerendered HTML at once.
// Asked for in a task after this module's own (React's) evaluation, so neither is long on a
// slow phone.
new Promise((resolve) => setTimeout(resolve, 0)).then(() => preloadRoute(path, window.location.hash, locale)).then(
  () => {
    // As a transition, hydration yields to the browser between chunks of work, so a slow
    // phone stays responsive while the page is taken over.
    if (container.hasChildNodes()) startTransition(() => void hydrateRoot(container, app, errorHandling));
    else createRoot(container, errorHandling).render(app);
    whenIdle(() => void startProgress(locale).finally(registerServiceWorkerWhenIdle));
  },
  async (error: unknown) => {
    reportLoadFailure('This page', error);
    registerServiceWorkerWhenIdle();
    if (!(await reloadIfNewDeploy(window.location.href))) showStartFailure();
  },
);

