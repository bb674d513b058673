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
  /** Vite manifest keys of the chunks the page loads before hydrating, to preload. */
  chunks: string[];
}

const screen = (name: string) => `src/app/routes/${name}.tsx`;

/** Every page to write as a file, plus an address that renders the not-found page. */
export function routes(): PageRoute[] {
  const page = (url: string, chunks: string[]): PageRoute => ({ url, file: url === '/' ? 'index.html' : `${url.slice(1)}/index.html`, chunks });
  return [
    page(paths.home(), []),
    page(paths.about(), [screen('about')]),
    page(paths.settings(), [screen('settings')]),
    page(paths.transfer(), [screen('transfer')]),
    page(paths.restore(), [screen('restore')]),
    ...MESSENGER_IDS.map((m) => page(paths.messenger(m), [screen('messenger'), `virtual:checklist/messenger/${m}`])),
    ...index.map((item) => page(paths.item(item.messenger, item.id), [screen('item'), `virtual:checklist/item/${item.messenger}/${item.id}`])),
    { url: '/__not-found__', file: '404.html', chunks: [] },
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
