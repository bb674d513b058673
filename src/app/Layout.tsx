// The frame of every screen: skip link, site header and navigation, main landmark, footer.
// After an in-app navigation, focus moves to the new screen's heading so keyboard and
// screen-reader users start reading at the top of what changed.
import { Suspense, lazy, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { MESSENGERS, MESSENGER_IDS } from '../content/messengers.ts';
import { LazyGlyph } from '../components/LazyGlyph.tsx';
import { FailureNotice } from '../components/FailureNotice.tsx';
import { LoadBoundary } from '../components/LoadBoundary.tsx';
import { useStoreFailed, useStoreReady } from '../store/hooks.ts';
import { loadFromServer } from './load-failure.ts';
import { paths } from '../routing/routes.ts';
import { subscribeToUpdates, updateWaiting } from './updates.ts';

// Notices about saving progress need the store, which loads after the page: so do they.
const ForgetBanner = lazy(() => import('../features/progress-transfer/ForgetBanner.tsx').then((m) => ({ default: m.ForgetBanner })));
// Rare: only after a deploy, with the new version's files already cached by the service worker.
const UpdatePrompt = lazy(() => import('./UpdatePrompt.tsx').then((m) => ({ default: m.UpdatePrompt })));
const StorageNotices = lazy(() => import('../features/settings/StorageNotices.tsx').then((m) => ({ default: m.StorageNotices })));

/** Links beyond the messengers: inline on a wide screen, behind "Menu" on a phone. */
const MORE = [
  [paths.workshop(), 'Plan a workshop'],
  [paths.transfer(), 'Save progress'],
  [paths.settings(), 'Settings'],
  [paths.about(), 'About'],
] as const;

export function Layout({ children }: { children: ReactNode }) {
  const storeReady = useStoreReady();
  const storeFailed = useStoreFailed();
  const updateReady = useSyncExternalStore(subscribeToUpdates, updateWaiting, () => false);
  const main = useRef<HTMLElement>(null);
  const { pathname, hash } = useLocation();
  const firstRender = useRef(true);
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (menu.current) menu.current.open = false;
    const heading = main.current?.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: true });
    // A link to a part of a page (/about#licences) shows that part; any other, the top.
    const part = hash.length > 1 ? document.getElementById(hash.slice(1)) : null;
    if (part) part.scrollIntoView();
    else window.scrollTo(0, 0);
    // Only a new page moves focus and scroll, not a new fragment on the same page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);

  const more = MORE.map(([to, label]) => (
    <li key={to} className="nav-more">
      <NavLink to={to}>{label}</NavLink>
    </li>
  ));

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to={paths.home()} className="site-name" end>
          <LazyGlyph mark="site" />
          <span>
            <span className="site-name-long">Messenger hardening </span>checklist
          </span>
        </NavLink>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {MESSENGER_IDS.map((id) => (
              <li key={id}>
                <NavLink to={paths.messenger(id)} end>
                  <LazyGlyph mark={id} />
                  {MESSENGERS[id].name}
                </NavLink>
              </li>
            ))}
            {more}
          </ul>
          {/* On a phone the rest sits behind one control that works without JavaScript. */}
          <details className="site-menu" ref={menu}>
            <summary>
              <LazyGlyph icon="menu" />
              <span>Menu</span>
            </summary>
            <ul>{more}</ul>
          </details>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {/* Notices that need code loaded after the page: the update prompt and the storage notices. */}
        <LoadBoundary fallback={() => null}>
          <Suspense fallback={null}>
            {updateReady ? <UpdatePrompt /> : null}
            {storeReady ? (
              <>
                <ForgetBanner />
                <StorageNotices />
              </>
            ) : null}
          </Suspense>
        </LoadBoundary>
        {storeFailed ? (
          <FailureNotice
            action={
              <button type="button" onClick={() => void loadFromServer(window.location.href)}>
                Try again
              </button>
            }
          >
            <p>
              Your progress could not be loaded, so ticks are not shown or saved right now. Nothing you saved before is
              lost. Check your internet connection, then try again.
            </p>
          </FailureNotice>
        ) : null}
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Nothing you do here leaves your device. The guidance is published under{' '}
          <a href={`${paths.about()}#licences`}>CC BY-SA 4.0</a>, adapted from Internews and the UK Ministry of
          Justice.
        </p>
        <p>
          <NavLink to={paths.changes()}>What changed</NavLink>
        </p>
      </footer>
    </>
  );
}
