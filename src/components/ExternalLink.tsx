// A link that leaves the app: opens in a new tab without giving the other site a handle on
// this one or a Referer, and tells screen-reader users it opens a new tab.
import type { ReactNode } from 'react';
import { Icon } from './icons.tsx';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <Icon name="external" /> <span className="visually-hidden">(opens in a new tab)</span>
    </a>
  );
}
