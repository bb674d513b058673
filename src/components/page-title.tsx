// Sets the document title for a screen. In the browser an effect writes document.title; when
// prerendering, the title is written into a per-page sink so the HTML file gets it too.
import { createContext, useContext, useEffect } from 'react';
import { useT, type Translate } from '../i18n/i18n.tsx';

/** Receives the page title during a prerender; absent in the browser. */
export type TitleSink = (title: string) => void;

export const TitleSinkContext = createContext<TitleSink | undefined>(undefined);

/** The screen's title followed by the site's name, in the page's language (the site's name alone without one). */
export function fullTitle(t: Translate, title: string | undefined): string {
  const site = t('shell.pageTitle.site');
  return title ? t('shell.pageTitle.page', { title, site }) : site;
}

export function usePageTitle(title?: string): void {
  const sink = useContext(TitleSinkContext);
  const text = fullTitle(useT(), title);
  sink?.(text);
  useEffect(() => {
    document.title = text;
    // Every screen sets its title once hydrated: tests (and styles) read this mark.
    document.documentElement.dataset.hydrated = 'true';
  }, [text]);
}
