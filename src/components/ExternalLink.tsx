// A link that leaves the app: opens in a new tab without giving the other site a handle on
// this one or a Referer, and tells screen-reader users it opens a new tab.
import type { ReactNode } from 'react';
import { Icon } from './icons.tsx';
import { useT } from '../i18n/i18n.tsx';

/** `hrefLang`: the language of the page it leads to, when it is not the page's own (a vendor page in English). */
export function ExternalLink({ href, hrefLang, children }: { href: string; hrefLang?: string; children: ReactNode }) {
  const t = useT();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" hrefLang={hrefLang}>
      {children}
      <Icon name="external" /> <span className="visually-hidden">{t('item.externalLink.newTab')}</span>
    </a>
  );
}
