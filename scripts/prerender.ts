// Writes one HTML file per route into dist/, rendered from the same React components the
// browser hydrates. Runs after `vite build` (client) and `vite build --ssr` (this entry).
// No inline script is added: the page loads only the module scripts Vite already linked.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ssrDir = join(root, '.ssr');

interface ServerEntry {
  routes(): { url: string; file: string; chunks: string[] }[];
  render(url: string): Promise<{ html: string; title: string }>;
}

const entry = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as ServerEntry;
// The stylesheet goes first in <head>, ahead of the module scripts, so text paints sooner.
const built = await readFile(join(dist, 'index.html'), 'utf8');
const stylesheet = /\s*<link rel="stylesheet" crossorigin href="\/assets\/[^"]+\.css">/.exec(built)?.[0];
if (!stylesheet) throw new Error("dist/index.html has no stylesheet from Vite's build");
const template = built.replace(stylesheet, '').replace('</title>', `</title>${stylesheet}`);
const ROOT_MARKER = '<div id="root"></div>';
if (!template.includes(ROOT_MARKER)) throw new Error(`dist/index.html has no ${ROOT_MARKER}`);

type Manifest = Record<string, { file: string; imports?: string[] }>;
const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

/** The files of these manifest chunks and everything they import, minus what the page already loads. */
function preloadLinks(keys: string[]): string {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`No chunk ${key} in Vite's manifest`);
    if (files.has(chunk.file) || template.includes(`/${chunk.file}"`)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) if (imported !== 'index.html') visit(imported);
  };
  keys.forEach(visit);
  return [...files].map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('\n    ');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

const routes = entry.routes();
for (const { url, file, chunks } of routes) {
  const { html, title } = await entry.render(url);
  const preloads = preloadLinks(chunks);
  const page = template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace('</head>', preloads ? `  ${preloads}\n  </head>` : '</head>')
    .replace(ROOT_MARKER, `<div id="root">${html}</div>`);
  const target = join(dist, file);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, page);
}
await rm(ssrDir, { recursive: true, force: true });
// Build metadata, not part of the site.
await rm(join(dist, '.vite'), { recursive: true, force: true });
console.log(`Prerendered ${routes.length} pages into dist/.`);
