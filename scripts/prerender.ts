// Writes one HTML file per route into dist/, rendered from the same React components the
// browser hydrates. Runs after `vite build` (client) and `vite build --ssr` (this entry).
// No inline script is added: the page loads only the module scripts Vite already linked.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT_MARKER, fillTemplate } from './page-template.ts';
import { LOCALES, inLocale, splitLocale } from '../src/i18n/locales.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ssrDir = join(root, '.ssr');

interface ServerEntry {
  routes(): { url: string; route: string; file: string }[];
  render(url: string): Promise<{ html: string; title: string; locale: string; dir: 'ltr' | 'rtl'; template: { description: string; startFailed: string; tryAgain: string } }>;
}

const entry = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as ServerEntry;
// The stylesheet goes first in <head>, ahead of the module scripts, so text paints sooner.
const built = await readFile(join(dist, 'index.html'), 'utf8');
const stylesheet = /\s*<link rel="stylesheet" crossorigin href="\/assets\/[^"]+\.css">/.exec(built)?.[0];
if (!stylesheet) throw new Error("dist/index.html has no stylesheet from Vite's build");
const template = built.replace(stylesheet, '').replace('</title>', `</title>${stylesheet}`);
if (!template.includes(ROOT_MARKER)) throw new Error(`dist/index.html has no ${ROOT_MARKER}`);

/** Where the site will be served (e.g. https://checklist.example.org), for the pages' language alternates. */
const SITE_ORIGIN = process.env.SITE_ORIGIN;

const routes = entry.routes();
// No modulepreload links for a page's own chunks: on a slow connection they went ahead of the
// text (Lighthouse's LCP rose from 1.0 s to 1.8 s), and the app starts after the first paint.
for (const { url, file, route } of routes) {
  const { html, title, locale, dir, template: words } = await entry.render(url);
  // The Content-Security-Policy allows no inline script: a page with one would not work as written.
  if (/<script(?![^>]*\ssrc=)/.test(html)) throw new Error(`${url}: the prerendered page has an inline script, which the Content-Security-Policy blocks`);
  // The same page in every language, for search engines (English is the default). They need full
  // addresses, so only a build that knows where it will be served writes them (SITE_ORIGIN).
  const { path } = splitLocale(url);
  const alternates =
    route === 'notFound' || !SITE_ORIGIN
      ? ''
      : [...LOCALES.map((other) => [other, inLocale(path, other)]), ['x-default', path]]
          .map(([lang, href]) => `<link rel="alternate" hreflang="${lang}" href="${new URL(href!, SITE_ORIGIN).href}" />`)
          .join('');
  const page = fillTemplate(template, title, html, { locale, dir, ...words }).replace('</head>', () => `${alternates}</head>`);
  const target = join(dist, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, page);
  // Each language's home page also gives its app shell: the same page with nothing rendered, which
  // the service worker serves offline for a page of that language it has not kept (start.tsx renders it).
  if (route === 'home') {
    const shell = join(dist, file.replace(/index\.html$/, 'app.html'));
    await writeFile(shell, fillTemplate(template, title, '', { locale, dir, ...words }));
  }
}
await rm(ssrDir, { recursive: true, force: true });
// Build metadata, not part of the site; scripts/budgets.ts reads it from .build/.
await mkdir(join(root, '.build'), { recursive: true });
await rename(join(dist, '.vite/manifest.json'), join(root, '.build/manifest.json'));
// The pages the e2e tests walk: exactly the ones written here, from the route table.
await writeFile(join(root, '.build/pages.json'), JSON.stringify(routes, null, 1));
await rm(join(dist, '.vite'), { recursive: true, force: true });
console.log(`Prerendered ${routes.length} pages into dist/.`);
