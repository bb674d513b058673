// Builds dist/sw.js from src/service-worker.ts and injects the precache list: every file in
// dist/ (pages, scripts, styles, icons) with a content hash as its revision. Runs last in
// `npm run build`, after the pages are prerendered.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

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

const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== SW && entry.name !== '_headers')
  .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1).split('\\').join('/'))
  .sort();
const manifest = await Promise.all(
  files.map(async (file) => ({
    url: `/${file}`,
    // Hashed assets are named by their content already.
    revision: file.startsWith('assets/') ? null : createHash('sha256').update(await readFile(join(dist, file))).digest('hex').slice(0, 16),
  })),
);

const swPath = join(dist, SW);
const code = await readFile(swPath, 'utf8');
if (!code.includes(PLACEHOLDER)) throw new Error(`${SW} does not contain ${PLACEHOLDER}`);
await writeFile(swPath, code.replace(PLACEHOLDER, JSON.stringify(manifest)));
console.log(`Service worker precaches ${manifest.length} files.`);
