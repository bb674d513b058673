// Prerender entry (built with `vite build --ssr`): renders one route to HTML with no inline
// scripts, and lists every page the site has (from the route table).
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { TitleSinkContext, type TitleSink } from '../components/page-title.tsx';
import { App } from './App.tsx';

/** Every page to write as a file, plus an address that renders the not-found page. */
export { prerenderedPages as routes } from '../routing/routes.ts';

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
    // React outlines a Suspense boundary bigger than this (12.8 KB by default) and reveals it
    // with an inline script, which the Content-Security-Policy blocks: a long step page would
    // stay hidden. A static page has nothing to stream, so nothing is outlined.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return { html, title };
}
