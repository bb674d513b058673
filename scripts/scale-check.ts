// Content scale: builds the app with a generated content folder of 300 items across the three
// messengers (the real items plus generated ones) and checks that it builds and that the
// first route's JavaScript grows by at most 15 KB gzip over the real build.
// Run after `npm run build`: node scripts/scale-check.ts
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentFiles } from '../src/compiler/load.ts';
import { MESSENGER_IDS } from '../src/content/messengers.ts';
import { pageAssets } from './budgets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TOTAL = 300;
const MAX_GROWTH = 15 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function generatedItem(messenger: string, n: number): string {
  const host = { whatsapp: 'faq.whatsapp.com/100', signal: 'support.signal.org/hc/en-us/articles/100', telegram: 'telegram.org/blog/fixture-' }[messenger];
  return `---
title: Generated step number ${n} for ${messenger}
messenger: ${messenger}
order: ${1000 + n}
priority: ${['essential', 'recommended', 'advanced'][n % 3]}
protects: A generated step that stands in for real guidance when measuring how the app scales.
threats: [account-takeover]
platforms: [android, iphone]
links:
  - title: "Vendor page for generated step ${n}"
    url: https://${host}${n}
sources: [vendor]
reviewed: 2026-11-23
revision: 1
${n % 5 === 0 ? 'recheckDays: 30\n' : ''}---

## Why it matters

Generated text for step ${n}, long enough to look like a real paragraph of guidance about why this matters.

## Steps

1. Open **Settings** → **Privacy**.
2. Turn on **Generated setting ${n}**.
3. Check that the setting stayed on after you closed the app.

## Caveats

- A caveat for generated step ${n}.
`;
}

const work = await mkdtemp(join(tmpdir(), 'checklist-scale-'));
try {
  await cp(join(root, 'content'), join(work, 'content'), { recursive: true });
  const real = (await loadContentFiles(root)).length;
  for (let n = 0; n < TOTAL - real; n += 1) {
    const messenger = MESSENGER_IDS[n % MESSENGER_IDS.length]!;
    await mkdir(join(work, 'content', messenger), { recursive: true });
    await writeFile(join(work, 'content', messenger, `generated-step-${n}.md`), generatedItem(messenger, n));
  }
  const outDir = join(work, 'dist');
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, CHECKLIST_CONTENT_ROOT: work },
    stdio: 'inherit',
  });
  const scaled = await pageAssets('index.html', { dist: outDir, manifestFile: join(outDir, '.vite/manifest.json') });
  const current = await pageAssets('index.html');
  const growth = scaled.js.gzip - current.js.gzip;
  console.log(`${TOTAL} items build. First-route JS: ${kb(current.js.gzip)} gzip with the real content, ${kb(scaled.js.gzip)} with ${TOTAL} items (+${kb(growth)}, limit +${kb(MAX_GROWTH)}).`);
  if (growth > MAX_GROWTH) {
    console.error(`First-route JavaScript grows by ${kb(growth)} with ${TOTAL} items, over the ${kb(MAX_GROWTH)} limit.`);
    process.exitCode = 1;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
