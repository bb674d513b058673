// Builds dist/sw.js from src/service-worker.ts and injects the precache list: every file in
// dist/ (pages, scripts, styles, icons) with a content hash as its revision, and the language
// it belongs to (pages under /es/…, content and messages of one language), so the service
// worker precaches only the person's language besides what every language shares. Runs last
// in `npm run build`, after the pages are prerendered.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { LOCALES, isLocale } from '../src/i18n/locales.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const SW = 'sw.js';
const PLACEHOLDER = 'self.__WB_MANIFEST';

await build({
  configFile: false,
  root,
  mode: 'production',
  logLevel: 'warn',
  // Workbox's development logging is dropped in production builds.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: dist,
    emptyOutDir: false,
    copyPublicDir: false,
    rollupOptions: { input: join(root, 'src/service-worker.ts'), output: { format: 'iife', entryFileNames: SW } },
  },
});

// Pages are not precached (a language's 65 pages are about 170 KB gzip): offline, a page not
// visited before is drawn by the app from its precached scripts inside the language's app shell
// (<locale>/app.html, written by scripts/prerender.ts); visited pages are kept as they are seen.
const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== SW && entry.name !== '_headers')
  .filter((entry) => !entry.name.endsWith('.html') || entry.name === 'app.html' || entry.name === '404.html')
  .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1).split('\\').join('/'))
  .sort();
// Which language each built chunk is for, from Vite's manifest: the modules of one language's
// content (virtual:checklist/<locale>/…, virtual:checklist/locale/<locale>) and messages
// (virtual:messages/<locale>/…); English content is virtual:checklist/{item,messenger,entries,changes}.
const viteManifest = JSON.parse(await readFile(join(root, '.build/manifest.json'), 'utf8')) as Record<string, { file: string; src?: string }>;
const chunkLocale = new Map<string, string>();
for (const chunk of Object.values(viteManifest)) {
  const src = chunk.src ?? '';
  const own = /^virtual:(?:checklist\/(?:locale\/)?|messages\/)([a-z]{2})(?:\/|$)/.exec(src)?.[1];
  if (own && isLocale(own)) chunkLocale.set(chunk.file, own);
  else if (/^virtual:checklist\/(item|messenger|entries|changes)(\/|$)/.test(src)) chunkLocale.set(chunk.file, 'en');
}
function localeOf(file: string): string | undefined {
  if (file.startsWith('assets/')) return chunkLocale.get(file);
  const first = file.split('/')[0]!;
  if (file.endsWith('.html') && isLocale(first)) return first;
  // English pages have no prefix; the not-found page and the site's files serve every language.
  return file === 'app.html' ? 'en' : undefined;
}
const manifest = await Promise.all(
  files.map(async (file) => {
    const locale = localeOf(file);
    return {
      url: `/${file}`,
      // Hashed assets are named by their content already.
      revision: file.startsWith('assets/') ? null : createHash('sha256').update(await readFile(join(dist, file))).digest('hex').slice(0, 16),
      ...(locale ? { locale } : {}),
    };
  }),
);

const swPath = join(dist, SW);
const code = await readFile(swPath, 'utf8');
if (!code.includes(PLACEHOLDER)) throw new Error(`${SW} does not contain ${PLACEHOLDER}`);
await writeFile(swPath, code.replace(PLACEHOLDER, JSON.stringify(manifest)));
const shared = manifest.filter((entry) => !entry.locale).length;
const perLocale = LOCALES.map((locale) => `${locale} ${manifest.filter((entry) => entry.locale === locale).length}`).join(', ');
console.log(`Service worker precaches ${shared} shared files plus the person's language (${perLocale}).`);
