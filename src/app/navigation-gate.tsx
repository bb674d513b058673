// Follows in-app links only once the page behind them has loaded: until then the page the
// person is reading stays as it is. If the new page cannot load, they are told so and can try
// again (the address then loads from the server); after a deploy the new address loads from the server instead (once).
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { loadFromServer, reloadIfNewDeploy, reportLoadFailure } from './load-failure.ts';
import { preloadRoute } from './route-table.tsx';

/** The in-app address a click on `event` follows, or undefined when the browser should handle it. */
function internalTarget(event: MouseEvent, currentPath: string): URL | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return undefined;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin || url.pathname === currentPath) return undefined;
  return url;
}

/** Guards every in-app link; returns the address that last failed to load (if any) and a retry. */
export function useNavigationGate(): { failed?: string; retry: () => void } {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [failed, setFailed] = useState<string>();

  const follow = useCallback(
    (url: URL) => {
      const to = `${url.pathname}${url.search}${url.hash}`;
      preloadRoute(url.pathname, url.hash).then(
        () => {
          setFailed(undefined);
          void navigate(to);
        },
        async (error: unknown) => {
          reportLoadFailure(to, error);
          if (!(await reloadIfNewDeploy(to))) setFailed(to);
        },
      );
    },
    [navigate],
  );

  useEffect(() => {
    // Capture phase: runs before the link's own handler, which then sees defaultPrevented.
    const onClick = (event: MouseEvent) => {
      const url = internalTarget(event, pathname);
      if (!url) return;
      event.preventDefault();
      follow(url);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [follow, pathname]);

  return { failed, retry: () => failed && void loadFromServer(failed) };
}
