// Measures what a person on a slow phone gets: bytes on the wire and Lighthouse (mobile
// preset, Chromium from /usr/bin/chromium, median of 3 runs) for the home page, a messenger
// page and an item page, served from dist/ with compression as a static host would.
// Exits 1 when a Lighthouse target or a byte budget is missed. Not part of CI (slow).
//   npm run bench            build, then measure
//   npm run bench -- --no-build
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUDGETS, pageAssets, totals } from './budgets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4390;
const RUNS = 3;
const PAGES = ['/', '/whatsapp', '/whatsapp/two-step-verification'];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, lcpMs: 1500 };

if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const first = await pageAssets('index.html');
const all = await totals();
console.log('\nBytes (first route = /):');
console.log(`  first-route JS   ${kb(first.js.raw)} raw, ${kb(first.js.gzip)} gzip, ${kb(first.js.brotli)} brotli (budget ${kb(BUDGETS.firstRouteJs)} gzip)`);
console.log(`    app shell      ${kb(first.shell.gzip)} gzip (budget ${kb(BUDGETS.shellJs)}); content index ${kb(first.content.gzip)} gzip (budget ${kb(BUDGETS.contentJs)})`);
console.log(`  first-route CSS  ${kb(first.css.raw)} raw, ${kb(first.css.gzip)} gzip, ${kb(first.css.brotli)} brotli (budget ${kb(BUDGETS.css)} gzip)`);
console.log(`  all JS           ${kb(all.js.raw)} raw, ${kb(all.js.gzip)} gzip, ${kb(all.js.brotli)} brotli`);
console.log(`  all CSS          ${kb(all.css.raw)} raw, ${kb(all.css.gzip)} gzip, ${kb(all.css.brotli)} brotli`);

const server = spawn(process.execPath, ['scripts/serve.ts', String(PORT)], { cwd: root, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const failures: string[] = [];
try {
  console.log(`\nLighthouse, mobile preset, median of ${RUNS} runs:`);
  console.log('  page                               perf  a11y  best  seo   LCP     TBT    CLS');
  for (const page of PAGES) {
    const runs: { scores: Record<string, number>; lcp: number; tbt: number; cls: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`http://localhost:${PORT}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { categories, audits } = result.lhr;
      runs.push({
        scores: Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)])),
        lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      });
    }
    const score = (id: string) => median(runs.map((run) => run.scores[id] ?? 0));
    const lcp = median(runs.map((run) => run.lcp));
    const tbt = median(runs.map((run) => run.tbt));
    const cls = median(runs.map((run) => run.cls));
    console.log(
      `  ${page.padEnd(34)} ${String(score('performance')).padStart(4)}  ${String(score('accessibility')).padStart(4)}  ${String(score('best-practices')).padStart(4)}  ${String(score('seo')).padStart(3)}  ${(lcp / 1000).toFixed(2)} s  ${Math.round(tbt)} ms  ${cls.toFixed(3)}`,
    );
    for (const id of ['performance', 'accessibility', 'best-practices', 'seo'] as const) {
      if (score(id) < TARGETS[id]) failures.push(`${page}: ${id} ${score(id)} < ${TARGETS[id]}`);
    }
    if (lcp > TARGETS.lcpMs) failures.push(`${page}: LCP ${(lcp / 1000).toFixed(2)} s > ${TARGETS.lcpMs / 1000} s`);
  }
} finally {
  chrome.kill();
  server.kill();
}

if (first.js.gzip > BUDGETS.firstRouteJs) failures.push(`first-route JS ${kb(first.js.gzip)} gzip > ${kb(BUDGETS.firstRouteJs)}`);
if (failures.length > 0) {
  console.error(`\nTargets missed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll targets met.');
