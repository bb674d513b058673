// Prerender entry (built with `vite build --ssr`): renders one route to HTML with no inline
// scripts, and lists every route the site has.
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { index } from 'virtual:checklist';
import { MESSENGER_IDS } from '../content/messengers.ts';
import { TitleSinkContext, type TitleSink } from '../components/page-title.tsx';
import { App } from './App.tsx';
import { paths } from './paths.ts';

export interface PageRoute {
  url: string;
  /** Where the HTML goes in dist/. */
  file: string;
}

/** Every page to write as a file, plus an address that renders the not-found page. */
export function routes(): PageRoute[] {
  const pages = [
    paths.home(),
    paths.about(),
    paths.settings(),
    paths.transfer(),
    paths.restore(),
    paths.recovery(),
    paths.workshop(),
    paths.workshopJoin(),
    paths.workshopPresent(),
    paths.workshopHandout(),
    ...MESSENGER_IDS.map((m) => paths.recovery(m)),
    ...MESSENGER_IDS.map(paths.messenger),
    ...index.map((item) => paths.item(item.messenger, item.id)),
  ];
  return [
    ...pages.map((url) => ({ url, file: url === '/' ? 'index.html' : `${url.slice(1)}/index.html` })),
    { url: '/__not-found__', file: '404.html' },
  ];
}

export async function render(url: string): Promise<{ html: string; title: string }> {
  let title = '';
  const sink: TitleSink = (text) => {
    title = text;
  };
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <TitleSinkContext value={sink}>
        <StaticRouter location={url}>
          <App />
        </StaticRouter>
      </TitleSinkContext>
    </StrictMode>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return { html, title };
}
