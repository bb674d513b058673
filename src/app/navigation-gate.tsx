// Follows in-app links only once the page behind them has loaded: until then the page the
// person is reading stays as it is. If the new page cannot load, they are told so and can try
// again (the address then loads from the server); after a deploy the new address loads from the server instead (once).
// Only the person's last move counts: a page still loading is dropped when they follow another
// link (one to the page they are on included) or go back or forward meanwhile.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLocale } from '../i18n/i18n.tsx';
import { localePrefix, splitLocale, type Locale } from '../i18n/locales.ts';
import { loadFromServer, reloadIfNewDeploy, reportLoadFailure } from './load-failure.ts';
import { preloadRoute } from './route-table.tsx';

/** The link a click on `event` follows in this tab, or undefined (not a link, a new tab or window, a download). */
function linkFollowedHere(event: MouseEvent): HTMLAnchorElement | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return undefined;
  return anchor;
}

/**
 * The in-app address (without the language prefix) a followed link leads to, or undefined when
 * the browser or the link itself should handle it: another site, the page itself, or a page in
 * another language (a page load: the app runs in one language).
 */
function internalTarget(anchor: HTMLAnchorElement, currentPath: string, locale: Locale): URL | undefined {
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
  const { pathname, key } = useLocation();
  const locale = useLocale();
  const [failed, setFailed] = useState<string>();
  // Counts the person's moves: a page that finishes loading after a later move is not shown.
  const moves = useRef(0);
  // Back, forward, or a page shown by a link: a later move than any page still loading.
  useEffect(() => {
    moves.current += 1;
  }, [key]);

  const follow = useCallback(
    (url: URL, move: number) => {
      // The router's address (it adds the language prefix) and the page's address on the server.
      const to = `${url.pathname}${url.search}${url.hash}`;
      const href = `${localePrefix(locale)}${to}`;
      preloadRoute(url.pathname, url.hash, locale).then(
        () => {
          if (move !== moves.current) return;
          setFailed(undefined);
          void navigate(to);
        },
        async (error: unknown) => {
          reportLoadFailure(href, error);
          if (move !== moves.current) return;
          if (!(await reloadIfNewDeploy(href)) && move === moves.current) setFailed(href);
        },
      );
    },
    [navigate, locale],
  );

  useEffect(() => {
    // Capture phase: runs before the link's own handler, which then sees defaultPrevented.
    const onClick = (event: MouseEvent) => {
      const anchor = linkFollowedHere(event);
      if (!anchor) return;
      moves.current += 1;
      const url = internalTarget(anchor, pathname, locale);
      if (!url) return;
      event.preventDefault();
      follow(url, moves.current);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [follow, pathname, locale]);

  return { failed, retry: () => failed && void loadFromServer(failed) };
}
