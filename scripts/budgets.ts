// Byte budgets for what a page loads before it can be used, measured on dist/ (run after
// `npm run build`). Bytes are deterministic, so CI gates on them; speed is measured by
// `npm run bench`. Exits 1 when a budget is exceeded.
//   node scripts/budgets.ts [--json]
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales.ts';

const defaultDist = fileURLToPath(new URL('../dist/', import.meta.url));
const defaultManifest = fileURLToPath(new URL('../.build/manifest.json', import.meta.url));
type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

/**
 * The chunk the entry loads right after the first paint to start the app (src/app/entry-client.tsx
 * imports src/app/start.tsx, which vite.config.ts puts in the shell chunk with React). The entry
 * is found by its file, the page's module script: vite.config.ts groups it with Vite's preload
 * helper, so the manifest keys it by its chunk rather than by index.html.
 */
function startChunk(manifest: Manifest, entryFile: string | undefined): string {
  const entry = Object.values(manifest).find((chunk) => chunk.file === entryFile);
  const start = entry?.dynamicImports?.[0];
  if (!start) throw new Error(`The entry (${entryFile ?? 'no module script in index.html'}) loads no start chunk: check src/app/entry-client.tsx`);
  return start;
}

/** A chunk's file and the files of everything it imports statically. */
function closure(manifest: Manifest, key: string, files = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`No chunk ${key} in .build/manifest.json: run npm run build`);
  if (!files.has(chunk.file)) {
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(manifest, imported, files);
  }
  return files;
}

/** The chunk holding the index of all items (vite.config.ts puts it in a file of its own). */
const CONTENT_CHUNK = /^assets\/content-index-[^/]+\.js$/;

export const BUDGETS = {
  /** Gzipped JavaScript the home page loads before it is interactive: app shell, the page language's first messages and the content index. */
  firstRouteJs: 88 * 1024,
  /** Of that, the app's code and libraries: grows when code grows. With the other parts, more than the total: the total is the gate. */
  shellJs: 85 * 1024,
  /** Of that, the index of every item: grows when content grows. */
  contentJs: 1.5 * 1024,
  /** Of that, the first page's interface messages in one language: grow when the home page, header or footer say more. */
  messagesJs: 2 * 1024,
  /** Gzipped CSS of any page. */
  css: 10 * 1024,
  /** A first visit in one language: the page, plus everything the service worker then downloads for that language. */
  firstVisit: 400 * 1024,
} as const;

/** The languages, and the home page of each (English has no prefix). */
export const LANGUAGE_HOMES: Readonly<Record<string, string>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, locale === DEFAULT_LOCALE ? 'index.html' : `${locale}/index.html`]),
);

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const cache = new Map<string, Sizes>();
async function sizesOf(file: string, dist = defaultDist): Promise<Sizes> {
  let sizes = cache.get(join(dist, file));
  if (!sizes) {
    const bytes = await readFile(join(dist, file));
    sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    cache.set(join(dist, file), sizes);
  }
  return sizes;
}

const sum = (list: Sizes[]): Sizes =>
  list.reduce((total, s) => ({ raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/**
 * The JavaScript and CSS a prerendered page needs before it is interactive: what its HTML
 * asks for, plus the app start chunk (and its imports) that the entry loads after the first paint.
 */
export async function pageAssets(
  htmlFile: string,
  { dist = defaultDist, manifestFile = defaultManifest } = {},
): Promise<{ js: Sizes; shell: Sizes; content: Sizes; messages: Sizes; css: Sizes; files: string[] }> {
  const html = await readFile(join(dist, htmlFile), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
  // The start chunk loads the page language's first messages before the page is interactive.
  const lang = /<html lang="([a-z]+)"/.exec(html)?.[1] ?? 'en';
  const messages = `virtual:messages/${lang}/shell`;
  const messageFiles = new Set(manifest[messages] ? [manifest[messages].file] : []);
  const entryFile = /<script type="module"[^>]*\ssrc="\/([^"]+\.js)"/.exec(html)?.[1];
  const files = [...new Set([...refs, ...closure(manifest, startChunk(manifest, entryFile)), ...messageFiles])];
  const measure = async (keep: (file: string) => boolean) => sum(await Promise.all(files.filter(keep).map((file) => sizesOf(file, dist))));
  const isJs = (file: string) => file.endsWith('.js');
  const shell = await measure((file) => isJs(file) && !CONTENT_CHUNK.test(file) && !messageFiles.has(file));
  const messagesSize = await measure((file) => messageFiles.has(file));
  const content = await measure((file) => CONTENT_CHUNK.test(file));
  const css = await measure((file) => file.endsWith('.css'));
  if (content.raw === 0) throw new Error('No content-index chunk on the first route: check build.rolldownOptions in vite.config.ts');
  return { js: sum([shell, content, messagesSize]), shell, content, messages: messagesSize, css, files };
}

export async function totals(dist = defaultDist): Promise<{ js: Sizes; css: Sizes }> {
  const assets = (await readdir(join(dist, 'assets'))).map((name) => `assets/${name}`);
  return {
    js: sum(await Promise.all(assets.filter((file) => file.endsWith('.js')).map((file) => sizesOf(file, dist)))),
    css: sum(await Promise.all(assets.filter((file) => file.endsWith('.css')).map((file) => sizesOf(file, dist)))),
  };
}

async function htmlPages(dist = defaultDist): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).map((name) => relative(dist, join(dist, name)));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A first visit in one language: the home page's HTML and files, and the service worker's downloads for that language. */
export async function firstVisit(locale: string, dist = defaultDist): Promise<Sizes> {
  const home = LANGUAGE_HOMES[locale]!;
  const { files } = await pageAssets(home, { dist });
  const sw = await readFile(join(dist, 'sw.js'), 'utf8');
  const list = JSON.parse(/\[\{"url".*?\}\]/s.exec(sw)?.[0] ?? '[]') as { url: string; locale?: string }[];
  const precached = list.filter((entry) => !entry.locale || entry.locale === locale).map((entry) => entry.url.slice(1));
  const unique = [...new Set([home, 'sw.js', ...files, ...precached])];
  return sum(await Promise.all(unique.map((file) => sizesOf(file, dist))));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const first = await pageAssets('index.html');
  const languages = await Promise.all(
    Object.entries(LANGUAGE_HOMES).map(async ([locale, home]) => ({ locale, home, first: await pageAssets(home), visit: await firstVisit(locale) })),
  );
  const pages = await htmlPages();
  const perPage = await Promise.all(pages.map(async (page) => ({ page, ...(await pageAssets(page)) })));
  const heaviest = perPage.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
  const all = await totals();
  const failures: string[] = [];
  if (first.js.gzip > BUDGETS.firstRouteJs) failures.push(`first-route JavaScript is ${kb(first.js.gzip)} gzip, over the ${kb(BUDGETS.firstRouteJs)} budget`);
  if (first.shell.gzip > BUDGETS.shellJs) {
    failures.push(`the app shell (code and libraries on the first route) is ${kb(first.shell.gzip)} gzip, over its ${kb(BUDGETS.shellJs)} budget: code grew; load the new part on demand`);
  }
  if (first.content.gzip > BUDGETS.contentJs) {
    failures.push(
      `the content index (what the first route knows about every item) is ${kb(first.content.gzip)} gzip, over its ${kb(BUDGETS.contentJs)} budget: content grew; keep per-item text out of the index (src/content/schema.ts toIndexEntry)`,
    );
  }
  for (const { locale, home, first: route, visit } of languages) {
    if (route.js.gzip > BUDGETS.firstRouteJs) failures.push(`${home} (${locale}): first-route JavaScript is ${kb(route.js.gzip)} gzip, over the ${kb(BUDGETS.firstRouteJs)} budget`);
    if (route.messages.gzip > BUDGETS.messagesJs) {
      failures.push(`${home} (${locale}): the first page's messages are ${kb(route.messages.gzip)} gzip, over their ${kb(BUDGETS.messagesJs)} budget: move words that are not on the home page, header or footer out of shell.json`);
    }
    if (visit.gzip > BUDGETS.firstVisit) failures.push(`a first visit in ${locale} transfers ${kb(visit.gzip)} gzip with the service worker's downloads, over the ${kb(BUDGETS.firstVisit)} budget`);
  }
  for (const { page, css } of perPage) {
    if (css.gzip > BUDGETS.css) failures.push(`${page}: CSS is ${kb(css.gzip)} gzip, over the ${kb(BUDGETS.css)} budget`);
  }
  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify({
        firstRoute: { js: first.js, shell: first.shell, content: first.content, css: first.css },
        languages: languages.map(({ locale, first: route, visit }) => ({ locale, js: route.js, messages: route.messages, css: route.css, firstVisit: visit })),
        heaviest: { page: heaviest.page, js: heaviest.js },
        total: all,
        budgets: BUDGETS,
      }),
    );
  } else {
    console.log(`First route (/): JS ${kb(first.js.gzip)} gzip (${kb(first.js.raw)} raw, ${kb(first.js.brotli)} brotli), budget ${kb(BUDGETS.firstRouteJs)}`);
    console.log(`  app shell ${kb(first.shell.gzip)} gzip, budget ${kb(BUDGETS.shellJs)}; content index ${kb(first.content.gzip)} gzip, budget ${kb(BUDGETS.contentJs)}`);
    console.log(`First route (/): CSS ${kb(first.css.gzip)} gzip, budget ${kb(BUDGETS.css)}`);
    for (const { locale, first: route, visit } of languages) {
      console.log(
        `  ${locale}: first route JS ${kb(route.js.gzip)} gzip (messages ${kb(route.messages.gzip)}), CSS ${kb(route.css.gzip)}; first visit with the service worker's downloads ${kb(visit.gzip)} gzip (budget ${kb(BUDGETS.firstVisit)})`,
      );
    }
    console.log(`Heaviest page (${heaviest.page}): JS ${kb(heaviest.js.gzip)} gzip`);
    console.log(`All JS: ${kb(all.js.gzip)} gzip (${kb(all.js.raw)} raw); all CSS: ${kb(all.css.gzip)} gzip; ${pages.length} pages`);
  }
  if (failures.length > 0) {
    console.error(`Byte budgets exceeded:\n${failures.join('\n')}`);
    process.exit(1);
  }
}
