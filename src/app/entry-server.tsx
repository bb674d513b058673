// Prerender entry (built with `vite build --ssr`): renders one route to HTML with no inline
// scripts, in the language its address names, and lists every page the site has (from the
// route table, once per language).
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { TitleSinkContext, type TitleSink } from '../components/page-title.tsx';
import { messages as pageMessages } from 'virtual:messages/page';
import { LocaleProvider, addMessages, translator } from '../i18n/i18n.tsx';
import { LOCALE_INFO, localePrefix, splitLocale, type Locale } from '../i18n/locales.ts';
import { App } from './App.tsx';
import { preloadRoute } from './route-table.tsx';

/** Every page to write as a file, plus an address that renders the not-found page. */
export { prerenderedPages as routes } from '../routing/routes.ts';

export interface RenderedPage {
  html: string;
  title: string;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  /** The words the HTML template carries outside the app, in the page's language. */
  template: { description: string; startFailed: string; tryAgain: string };
}

export async function render(url: string): Promise<RenderedPage> {
  const { locale, path } = splitLocale(url);
  await preloadRoute(path, '', locale);
  let title = '';
  const sink: TitleSink = (text) => {
    title = text;
  };
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <TitleSinkContext value={sink}>
        <LocaleProvider value={locale}>
          <StaticRouter location={url} basename={localePrefix(locale)}>
            <App />
          </StaticRouter>
        </LocaleProvider>
      </TitleSinkContext>
    </StrictMode>,
    // React outlines a Suspense boundary bigger than this (12.8 KB by default) and reveals it
    // with an inline script, which the Content-Security-Policy blocks: a long step page would
    // stay hidden. A static page has nothing to stream, so nothing is outlined.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  addMessages(locale, pageMessages[locale] ?? {});
  const t = translator(locale);
  return {
    html,
    title,
    locale,
    dir: LOCALE_INFO[locale].dir,
    template: { description: t('page.meta.description'), startFailed: t('page.startFailed'), tryAgain: t('shell.tryAgain') },
  };
}
