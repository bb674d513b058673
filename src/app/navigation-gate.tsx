// Follows in-app links only once the page behind them has loaded: until then the page the
// person is reading stays as it is. If the new page cannot load, they are told so and can try
// again (the address then loads from the server); after a deploy the new address loads from the server instead (once).
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLocale } from '../i18n/i18n.tsx';
import { localePrefix, splitLocale, type Locale } from '../i18n/locales.ts';
import { loadFromServer, reloadIfNewDeploy, reportLoadFailure } from './load-failure.ts';
import { preloadRoute } from './route-table.tsx';

/**
 * The in-app address (without the language prefix) a click on `event` follows, or undefined when
 * the browser should handle it: another site, a download, a new tab, the page itself, or a page in
 * another language (a page load: the app runs in one language).
 */
function internalTarget(event: MouseEvent, currentPath: string, locale: Locale): URL | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return undefined;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin) return undefined;
  const target = splitLocale(url.pathname);
  if (target.locale !== locale || target.path === currentPath) return undefined;
  url.pathname = target.path;
  return url;
}

/** Guards every in-app link; returns the address that last failed to load (if any) and a retry. */
export function useNavigationGate(): { failed?: string; retry: () => void } {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const locale = useLocale();
  const [failed, setFailed] = useState<string>();

  const follow = useCallback(
    (url: URL) => {
      // The router's address (it adds the language prefix) and the page's address on the server.
      const to = `${url.pathname}${url.search}${url.hash}`;
      const href = `${localePrefix(locale)}${to}`;
      preloadRoute(url.pathname, url.hash, locale).then(
        () => {
          setFailed(undefined);
          void navigate(to);
        },
        async (error: unknown) => {
          reportLoadFailure(href, error);
          if (!(await reloadIfNewDeploy(href))) setFailed(href);
        },
      );
    },
    [navigate, locale],
  );

  useEffect(() => {
    // Capture phase: runs before the link's own handler, which then sees defaultPrevented.
    const onClick = (event: MouseEvent) => {
      const url = internalTarget(event, pathname, locale);
      if (!url) return;
      event.preventDefault();
      follow(url);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [follow, pathname, locale]);

  return { failed, retry: () => failed && void loadFromServer(failed) };
}
