// Links inside the app. react-router's own <Link> and <NavLink> bring prefetching and view
// transitions this app does not use, and with them about 3 KB gzip of server-rendering code on
// the first route. These keep what the app needs: a real href (it works without JavaScript and
// opens in a new tab), in-app navigation on a plain click (the navigation gate,
// app/navigation-gate.tsx, takes most clicks first), and aria-current on a link to this page.
import type { AnchorHTMLAttributes, Ref } from 'react';
import { useHref, useLinkClickHandler, useLocation, useResolvedPath, type To } from 'react-router';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  ref?: Ref<HTMLAnchorElement>;
}

export function Link({ to, onClick, target, children, ...rest }: LinkProps) {
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLAnchorElement>(to, { target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) follow(event);
      }}
    >
      {children}
    </a>
  );
}

/**
 * A link that says when it leads to the page being read (aria-current="page"), or to a page
 * under it unless `end` is set; letter case aside, as react-router's NavLink does.
 */
export function NavLink({ end = false, ...props }: LinkProps & { end?: boolean }) {
  const here = useLocation().pathname.toLowerCase();
  const to = useResolvedPath(props.to).pathname.toLowerCase();
  const under = to.endsWith('/') ? to : `${to}/`;
  const current = here === to || (!end && to !== '/' && here.startsWith(under));
  return <Link aria-current={current ? 'page' : undefined} {...props} />;
}
