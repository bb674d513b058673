// The frame of every screen: skip link, site header and navigation, main landmark, footer.
// After an in-app navigation, focus moves to the new screen's heading so keyboard and
// screen-reader users start reading at the top of what changed.
import { Suspense, lazy, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Link, NavLink } from '../components/links.tsx';
import { FailureNotice } from '../components/FailureNotice.tsx';
import { LanguageLinks, LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { LazyGlyph } from '../components/LazyGlyph.tsx';
import { LoadBoundary } from '../components/LoadBoundary.tsx';
import { MESSENGERS, MESSENGER_IDS } from '../content/messengers.ts';
import { useT, withMessages, type MessageKey } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../routing/routes.ts';
import { browserStorage, saveLanguageChoice } from '../store/language-choice.ts';
import { useStoreFailed, useStoreReady } from '../store/hooks.ts';
import { failureText, loadFromServer } from './load-failure.ts';
import { subscribeToUpdates, updateWaiting } from './updates.ts';

// Notices that need code loaded after the page (see LateNotices.tsx), with their words.
const LateNotices = lazy(withMessages(() => import('./LateNotices.tsx').then((m) => ({ default: m.LateNotices }))));

/** A language chosen in the header is the one offered from then on (on a page in another language). */
const rememberLanguage = (locale: Locale) => saveLanguageChoice(browserStorage(), locale);

/** Links beyond the messengers: inline on a wide screen, behind "Menu" on a phone. */
const MORE: readonly (readonly [string, MessageKey])[] = [
  [paths.workshop(), 'shell.layout.nav.workshop'],
  [paths.transfer(), 'shell.layout.nav.transfer'],
  [paths.settings(), 'shell.layout.nav.settings'],
  [paths.about(), 'shell.layout.nav.about'],
];

/**
 * Notices at the top of every page that follow the progress store and the service worker.
 * A component of its own, so the store's arrival re-renders these and not the whole frame.
 */
function PageNotices() {
  const t = useT();
  const storeReady = useStoreReady();
  const storeFailed = useStoreFailed();
  const updateReady = useSyncExternalStore(subscribeToUpdates, updateWaiting, () => false);
  return (
    <>
      {/* Notices that need code loaded after the page: the update prompt, the language offer, the storage notices. */}
      <LoadBoundary fallback={() => null}>
        <Suspense fallback={null}>{updateReady || storeReady ? <LateNotices update={updateReady} store={storeReady} /> : null}</Suspense>
      </LoadBoundary>
      {storeFailed ? (
        <FailureNotice
          action={
            <button type="button" onClick={() => void loadFromServer(window.location.href)}>
              {t('shell.tryAgain')}
            </button>
          }
        >
          <p>{failureText(t, 'pages.failure.store')}</p>
        </FailureNotice>
      ) : null}
    </>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
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
      <NavLink to={to}>{t(label)}</NavLink>
    </li>
  ));

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.layout.skipLink')}
      </a>
      <header className="site-header">
        <NavLink to={paths.home()} className="site-name" end>
          <LazyGlyph mark="site" />
          <span>{t.rich('shell.layout.siteName', { long: (parts: ReactNode) => <span className="site-name-long">{parts}</span> })}</span>
        </NavLink>
        <nav aria-label={t('shell.layout.nav.label')} className="site-nav">
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
              <span>{t('shell.layout.nav.menu')}</span>
            </summary>
            <ul>
              {more}
              {/* On a phone there is no room for the language menu in the header: it is here. */}
              <li className="menu-languages">
                <span className="menu-heading">{t('shell.language.title')}</span>
                <LanguageLinks onChoose={rememberLanguage} />
              </li>
            </ul>
          </details>
        </nav>
        <LanguageSwitcher onChoose={rememberLanguage} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <PageNotices />
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t.rich('shell.layout.footer.text', {
            link: (parts: ReactNode) => <Link to={`${paths.about()}#licences`}>{parts}</Link>,
          })}
        </p>
        <p>
          <NavLink to={paths.changes()}>{t('shell.layout.footer.changes')}</NavLink>
        </p>
      </footer>
    </>
  );
}
