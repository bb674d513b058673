// Sets the document title for a screen. In the browser an effect writes document.title; when
// prerendering, the title is written into a per-page sink so the HTML file gets it too.
import { createContext, useContext, useEffect } from 'react';

export const SITE_NAME = 'Messenger hardening checklist';

/** Receives the page title during a prerender; absent in the browser. */
export type TitleSink = (title: string) => void;

export const TitleSinkContext = createContext<TitleSink | undefined>(undefined);

export function fullTitle(title: string | undefined): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}

export function usePageTitle(title?: string): void {
  const sink = useContext(TitleSinkContext);
  const text = fullTitle(title);
  sink?.(text);
  useEffect(() => {
    document.title = text;
    // Every screen sets its title once hydrated: tests (and styles) read this mark.
    document.documentElement.dataset.hydrated = 'true';
  }, [text]);
}
