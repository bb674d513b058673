// Measures what a person on a slow phone gets: bytes on the wire and Lighthouse (mobile
// preset, simulated throttling, Chromium from /usr/bin/chromium) for a few pages, served from
// dist/ with compression as a static host would. Says how busy the machine was before each
// run, because a busy machine makes Lighthouse's simulated timings worse and the scores
// incomparable. Exits 1 when a Lighthouse target or a byte budget is missed. Not part of CI (slow).
//   npm run bench                        build, then 5 runs per page
//   npm run bench -- --no-build --runs 1 --pages /,item --wait-idle 120
//   npm run -s bench -- --json           (-s: without npm's banner, stdout is only the JSON)
//   npm run bench -- --no-build --warm   a returning visit: cache and service worker kept
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Page } from '../src/routing/routes.ts';
import { BUDGETS, pageAssets, totals } from './budgets.ts';

const USAGE = `Usage: npm run bench -- [options]
  --runs N          Lighthouse runs per page (default 5); the median is reported
  --pages LIST      comma-separated paths or route names (e.g. /,messenger,item,/workshop,/ar/,ar:item);
                    a route name stands for its first page in .build/pages.json, in English
                    unless prefixed with a language (ar:item)
                    (default /,messenger,item,/workshop,/progress)
  --wait-idle S     before each run, wait up to S seconds for a busy machine to calm down
  --warm            measure a returning visit: one unmeasured load first, then runs that keep
                    the HTTP cache and the service worker (Lighthouse's disableStorageReset);
                    reports and traces are saved as <page>-warm.json / .trace.json
  --performance-only  run Lighthouse's performance category alone (the other three are not
                    scored); a check that their audits do not change the timings
  --json            print one JSON object on stdout (progress goes to stderr)
  --no-build        measure the existing dist/`;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: '/,messenger,item,/workshop,/progress,/es/,/ar/,ar:item' },
    'wait-idle': { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'performance-only': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const RUNS = Number(options.runs);
const WAIT_IDLE_S = Number(options['wait-idle']);
if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isFinite(WAIT_IDLE_S) || WAIT_IDLE_S < 0) {
  console.error(USAGE);
  process.exit(2);
}
/** With --json, stdout carries only the JSON; everything a person reads goes to stderr. */
const say = options.json ? console.error : console.log;

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4390;
const ORIGIN = `http://localhost:${PORT}`;
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, lcpMs: 1200, tbtMs: 150, cls: 0 } as const;
const ALL_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CATEGORIES: readonly (typeof ALL_CATEGORIES)[number][] = options['performance-only'] ? ['performance'] : ALL_CATEGORIES;
/** A category's score as printed; "-" for one not run. */
const shown = (scores: Record<string, number>, id: string) => String(scores[id] ?? '-');

/**
 * When a run counts as taken on a busy machine: other processes kept more than this share
 * of all cores busy in the seconds before it (0.35 × cores, i.e. 0.7 of a 2-core machine).
 * Measured from the CPU counters just before the run, less the CPU time of this script and
 * everything it started (Chromium still starting up or closing a tab; Linux only: elsewhere
 * the whole machine counts). The 1-minute load average is printed too, but it cannot decide: it still carries
 * this script's previous run (and the build), so back-to-back runs on an idle machine
 * would push it over 0.7 by themselves.
 */
const BUSY_SHARE = 0.35;
const SAMPLE_MS = 2000;
/** Lighthouse warns that the host is slower than its throttling assumes under this index. */
const SLOW_HOST_INDEX = 1000;
const CORES = availableParallelism();

if (!options['no-build']) {
  // With --json the build's log goes to stderr, so stdout stays parseable.
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['inherit', options.json ? 2 : 'inherit', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** The middle value; for an even count, the mean of the two middle ones. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const short = (url: string) => url.replace(ORIGIN, '') || url;

/**
 * CPU time (ms) used so far by this script and every process it started, Chromium's among
 * them, from /proc; undefined off Linux. Reaped children count in their parent's cutime, so
 * the difference between two readings stays right while Chromium's processes come and go.
 */
function ownCpuMs(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After "pid (comm) ": state, ppid, …; utime, stime, cutime, cstime are fields 14 to 17.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0) });
    } catch {
      // The process ended while we read.
    }
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, { ppid }] of stats) {
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  // Clock ticks of USER_HZ, which Linux fixes at 100 a second for user space.
  return [...ours].reduce((sum, pid) => sum + (stats.get(pid)?.ticks ?? 0), 0) * 10;
}

/** Share of all cores (0..1) that processes other than this script's kept busy over `ms`, from the kernel's CPU counters. */
async function cpuBusyShare(ms: number): Promise<number> {
  const read = () =>
    cpus().reduce(
      (sum, { times }) => ({ idle: sum.idle + times.idle, total: sum.total + times.user + times.nice + times.sys + times.idle + times.irq }),
      { idle: 0, total: 0 },
    );
  const before = read();
  const ownBefore = ownCpuMs();
  await sleep(ms);
  const after = read();
  const ownAfter = ownCpuMs();
  const total = after.total - before.total;
  const own = ownBefore !== undefined && ownAfter !== undefined ? ownAfter - ownBefore : 0;
  return total > 0 ? Math.max(0, (total - (after.idle - before.idle) - own) / total) : 0;
}

/**
 * The loops Lighthouse runs in the page to compute `environment.benchmarkIndex`
 * (core/lib/page-functions.js computeBenchmarkIndex), run here in Node just before a run:
 * same engine, so roughly the same scale, and known before the run starts (about 1 s).
 */
function hostIndex(): number {
  const gc = () => {
    const start = Date.now();
    let iterations = 0;
    while (Date.now() - start < 500) {
      let s = '';
      for (let j = 0; j < 10000; j++) s += 'a';
      if (s.length === 1) throw new Error('never');
      iterations++;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  };
  const noGc = () => {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
    const start = Date.now();
    let iterations = 0;
    while (iterations % 10 !== 0 || Date.now() - start < 500) {
      const [src, tgt] = iterations % 2 === 0 ? [a, b] : [b, a];
      for (let j = 0; j < src.length; j++) tgt[j] = src[j]!;
      iterations++;
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  };
  return Math.round((gc() + noGc()) / 2);
}

interface Before {
  /** 1-minute load average. */
  load1: number;
  /** Share of all cores that other processes kept busy in the seconds before the run. */
  cpuBusy: number;
  hostIndex: number;
  waitedS: number;
  busy: boolean;
}

async function beforeRun(): Promise<Before> {
  const started = Date.now();
  let cpuBusy = await cpuBusyShare(SAMPLE_MS);
  let waitedS = 0;
  if (cpuBusy > BUSY_SHARE && WAIT_IDLE_S > 0) {
    say(`    machine busy (${pct(cpuBusy)} of ${CORES} cores): waiting up to ${WAIT_IDLE_S} s for it to calm down…`);
    while (cpuBusy > BUSY_SHARE && Date.now() - started < WAIT_IDLE_S * 1000) cpuBusy = await cpuBusyShare(SAMPLE_MS);
    waitedS = Math.round((Date.now() - started) / 1000);
  }
  return { load1: loadavg()[0]!, cpuBusy, hostIndex: hostIndex(), waitedS, busy: cpuBusy > BUSY_SHARE };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

function warnBusy(before: Before) {
  const bar = '!'.repeat(78);
  say(`${bar}
!!  THE MACHINE IS BUSY: other processes kept ${pct(before.cpuBusy)} of ${CORES} cores busy just before this run
!!  (load average ${before.load1.toFixed(2)}; the limit is ${pct(BUSY_SHARE)}, i.e. ${(BUSY_SHARE * CORES).toFixed(2)} cores).
!!  This run's timings and performance score are NOT comparable with an idle machine's.${before.waitedS > 0 ? `\n!!  Waited ${before.waitedS} s for it to calm down; it did not.` : ''}
${bar}`);
}

interface TableDetails {
  type?: string;
  items?: Record<string, unknown>[];
  debugData?: { urls?: string[]; tasks?: Record<string, number>[] };
}
type Audits = Record<string, { numericValue?: number; details?: unknown } | undefined>;
const table = (audits: Audits, id: string) => (audits[id]?.details ?? {}) as TableDetails;

interface LongTask {
  url: string;
  startMs: number;
  durationMs: number;
  /** Where the time went (Lighthouse's task groups: scriptEvaluation, styleLayout, …), ms. */
  breakdown: Record<string, number>;
}

/** Lighthouse's `long-tasks` audit: each task's script, start and (simulated) duration, and its breakdown. */
function longTasks(audits: Audits): LongTask[] {
  const details = table(audits, 'long-tasks');
  const debug = details.debugData?.tasks ?? [];
  return (details.items ?? []).map((item, index) => {
    const { urlIndex: _url, startTime: _start, duration: _duration, ...breakdown } = debug[index] ?? {};
    // Under simulated throttling Lighthouse books a task's whole time as "other" when it cannot
    // split it; only a real split is worth printing.
    const split = Object.fromEntries(Object.entries(breakdown).filter(([, ms]) => ms > 0));
    const known = Object.keys(split).some((group) => group !== 'other');
    return { url: String(item.url), startMs: Number(item.startTime), durationMs: Number(item.duration), breakdown: known ? split : {} };
  });
}

const bootup = (audits: Audits) =>
  (table(audits, 'bootup-time').items ?? []).map((item) => ({
    url: String(item.url),
    totalMs: Number(item.total),
    scriptingMs: Number(item.scripting),
    parseCompileMs: Number(item.scriptParseCompile),
  }));

const mainThread = (audits: Audits) =>
  (table(audits, 'mainthread-work-breakdown').items ?? []).map((item) => ({ group: String(item.groupLabel ?? item.group), ms: Number(item.duration) }));

/**
 * The first and largest paints as they happened in the unthrottled load. Lantern's LCP counts
 * every request that had finished by the observed LCP, so a late LCP candidate (an element
 * painted again after the app started) pulls the app's chunks into the estimate.
 */
const observedPaints = (audits: Audits) => {
  const metrics = (table(audits, 'metrics').items ?? [])[0] ?? {};
  return { fcpMs: Number(metrics.observedFirstContentfulPaint), lcpMs: Number(metrics.observedLargestContentfulPaint) };
};

interface Run {
  run: number;
  before: Before;
  scores: Record<string, number>;
  lcpMs: number;
  /** When the page painted, as observed in the unthrottled trace that Lighthouse simulates from. */
  observed: { fcpMs: number; lcpMs: number };
  tbtMs: number;
  cls: number;
  /** Lighthouse's own `environment.benchmarkIndex`, measured in the page during the run. */
  benchmarkIndex: number;
  runtimeError?: string;
}

/** The pages to measure: paths, or route names standing for the route's first page, checked against what the build wrote. */
function choosePages(list: string): string[] {
  const built = JSON.parse(readFileSync(join(root, '.build/pages.json'), 'utf8')) as Page[];
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      // `ar:item` is the first item page in Arabic; a bare route name is the English page.
      const [locale, route] = entry.includes(':') ? entry.split(':') : ['en', entry];
      const page = entry.startsWith('/') ? built.find((p) => p.url === entry) : built.find((p) => p.route === route && p.locale === locale);
      if (!page || page.route === 'notFound') {
        const routes = [...new Set(built.map((p) => p.route))].filter((route) => route !== 'notFound');
        console.error(`No page "${entry}" in .build/pages.json. Give a path the build wrote, or one of the routes: ${routes.join(', ')}`);
        process.exit(2);
      }
      return page.url;
    });
}

const pages = choosePages(options.pages);
const WARM = options.warm;
const slug = (page: string) => (page === '/' ? 'home' : page.slice(1).replaceAll('/', '_')) + (WARM ? '-warm' : '');

const first = await pageAssets('index.html');
const all = await totals();
say('\nBytes (first route = /):');
say(`  first-route JS   ${kb(first.js.raw)} raw, ${kb(first.js.gzip)} gzip, ${kb(first.js.brotli)} brotli (budget ${kb(BUDGETS.firstRouteJs)} gzip)`);
say(`    app shell      ${kb(first.shell.gzip)} gzip (budget ${kb(BUDGETS.shellJs)}); content index ${kb(first.content.gzip)} gzip (budget ${kb(BUDGETS.contentJs)})`);
say(`  first-route CSS  ${kb(first.css.raw)} raw, ${kb(first.css.gzip)} gzip, ${kb(first.css.brotli)} brotli (budget ${kb(BUDGETS.css)} gzip)`);
say(`  all JS           ${kb(all.js.raw)} raw, ${kb(all.js.gzip)} gzip, ${kb(all.js.brotli)} brotli`);
say(`  all CSS          ${kb(all.css.raw)} raw, ${kb(all.css.gzip)} gzip, ${kb(all.css.brotli)} brotli`);

const server = spawn(process.execPath, ['scripts/serve.ts', String(PORT)], { cwd: root, stdio: 'ignore' });
for (let tries = 0; ; tries += 1) {
  const up = await fetch(`${ORIGIN}/`).then(
    (response) => response.ok,
    () => false,
  );
  if (up) break;
  if (tries > 100) throw new Error(`scripts/serve.ts did not answer on port ${PORT}`);
  await sleep(100);
}
// One browser for all cold runs, started before the first and left 3 s to finish its own start;
// a warm visit has one per page (its cache is what it measures). Measured on 6 December (same
// build, TBT medians of 5 runs, `/`, an item page and `/ar/`): a fresh browser per run, as the
// Lighthouse CLI starts one, came out higher in two alternating rounds (265/315/237 and
// 161/244/219 ms against 106/108/126 and 136/138/181 with one browser), also when left 3 s
// to start; measured at once, its start fell inside the run (188/248/249 ms).
const BROWSER_SETTLE_MS = 3000;
const startBrowser = () =>
  launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
let chrome: Awaited<ReturnType<typeof startBrowser>> | undefined;

const outDir = join(root, '.build/bench');
// Each page's files are replaced when it is measured; other pages' stay from their last run.
await mkdir(outDir, { recursive: true });

const failures: string[] = [];
const results: unknown[] = [];
let busyRuns = 0;
let slowHostRuns = 0;
const fmtRun = (run: Run) =>
  `perf ${String(run.scores.performance).padStart(3)}  a11y ${shown(run.scores, 'accessibility')}  best ${shown(run.scores, 'best-practices')}  seo ${shown(run.scores, 'seo')}  ` +
  `LCP ${(run.lcpMs / 1000).toFixed(2)} s  TBT ${Math.round(run.tbtMs)} ms  CLS ${run.cls.toFixed(3)}  benchmark index ${Math.round(run.benchmarkIndex)}` +
  `  (observed FCP ${Math.round(run.observed.fcpMs)} ms, LCP ${Math.round(run.observed.lcpMs)} ms)`;

try {
  say(`\nLighthouse 13, mobile preset (simulated 4× CPU slowdown, slow 4G), ${RUNS} run${RUNS === 1 ? '' : 's'} per page${WARM ? ', warm: a returning visit with the HTTP cache and the service worker kept' : ', cold: empty cache, no service worker'}; categories: ${CATEGORIES.join(', ')}.`);
  say(`A run counts as busy when other processes kept more than ${pct(BUSY_SHARE)} of the ${CORES} cores busy in the ${SAMPLE_MS / 1000} s before it.`);
  // Cold runs go round the pages (run 1 of every page, then run 2, ...): the host this runs on
  // has slow spells of minutes that the checks before a run do not see, and measured page by
  // page such a spell fell on one page's five runs (/es/ 202-358 ms in one bench, 78-139 ms in
  // the bench before). A warm visit measures one page at a time, in its own browser.
  const runsOf = new Map(pages.map((page) => [page, [] as Run[]]));
  const keptOf = new Map(pages.map((page) => [page, [] as string[]]));
  const rounds = Array.from({ length: RUNS }, (_, i) => i + 1);
  const schedule = WARM ? pages.flatMap((page) => rounds.map((n) => ({ page, n }))) : rounds.flatMap((n) => pages.map((page) => ({ page, n })));
  for (const { page, n } of schedule) {
    if (WARM && n === 1) {
      say(`\n${page}`);
      chrome?.kill();
      chrome = await startBrowser();
      // The first visit, unmeasured: fills the HTTP cache and installs the service worker.
      await lighthouse(`${ORIGIN}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, { extends: 'lighthouse:default', settings: { disableStorageReset: true } });
      say('  first visit done (unmeasured): cache and service worker in place');
    }
    if (!WARM) {
      if (page === pages[0]) say(`\nRun ${n} of ${RUNS}, every page`);
      if (!chrome) {
        chrome = await startBrowser();
        await sleep(BROWSER_SETTLE_MS);
      }
    }
    const before = await beforeRun();
    say(
      `  ${WARM ? `run ${n}/${RUNS}` : page}  before: load ${before.load1.toFixed(2)} (1 min), CPU ${pct(before.cpuBusy)} busy, host index ${before.hostIndex} (Lighthouse's loops in Node)` +
        (before.waitedS > 0 ? `, waited ${before.waitedS} s` : ''),
    );
    if (before.busy) {
      busyRuns += 1;
      warnBusy(before);
    }
    const result = await lighthouse(`${ORIGIN}${page}`, {
      port: chrome!.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    }, WARM ? { extends: 'lighthouse:default', settings: { disableStorageReset: true } } : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { categories, audits, environment, runtimeError } = result.lhr;
    const run: Run = {
      run: n,
      before,
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      observed: observedPaints(audits),
      tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      benchmarkIndex: environment.benchmarkIndex,
      ...(runtimeError ? { runtimeError: `${runtimeError.code}: ${runtimeError.message}` } : {}),
    };
    runsOf.get(page)!.push(run);
    // Every run's report and trace wait on disk; the median run's are kept below.
    const stem = join(outDir, `${slug(page)}.run${n}`);
    await writeFile(`${stem}.json`, String(result.report));
    await writeFile(`${stem}.trace.json`, JSON.stringify(result.artifacts.Trace));
    keptOf.get(page)!.push(stem);
    say(`           ${fmtRun(run)}`);
    if (run.runtimeError) say(`           Lighthouse error: ${run.runtimeError}`);
    if (run.benchmarkIndex < SLOW_HOST_INDEX) {
      slowHostRuns += 1;
      say(`           !! benchmark index ${Math.round(run.benchmarkIndex)} < ${SLOW_HOST_INDEX}: Lighthouse finds this host slower than its throttling assumes`);
    }
  }

  for (const page of pages) {
    const runs = runsOf.get(page)!;
    const kept = keptOf.get(page)!;
    if (!WARM) {
      say(`\n${page}`);
      for (const run of runs) say(`  run ${run.run}   ${fmtRun(run)}`);
    }
    const score = (id: string) => median(runs.map((run) => run.scores[id] ?? 0));
    const med = {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])),
      lcpMs: median(runs.map((run) => run.lcpMs)),
      tbtMs: median(runs.map((run) => run.tbtMs)),
      cls: median(runs.map((run) => run.cls)),
      benchmarkIndex: median(runs.map((run) => run.benchmarkIndex)),
    };
    const busyHere = runs.filter((run) => run.before.busy).length;
    say(
      `  median   perf ${med.scores.performance}  a11y ${shown(med.scores, 'accessibility')}  best ${shown(med.scores, 'best-practices')}  seo ${shown(med.scores, 'seo')}  ` +
        `LCP ${(med.lcpMs / 1000).toFixed(2)} s  TBT ${Math.round(med.tbtMs)} ms  CLS ${med.cls.toFixed(3)}  benchmark index ${Math.round(med.benchmarkIndex)}` +
        (busyHere > 0 ? `  (${busyHere} of ${runs.length} runs on a busy machine)` : ''),
    );

    // The run with the median TBT: what its main thread did, and its report and trace to look at.
    const byTbt = runs.map((run, index) => ({ run, index })).sort((a, b) => a.run.tbtMs - b.run.tbtMs);
    const { index: medianIndex } = byTbt[Math.floor(byTbt.length / 2)]!;
    const stem = kept[medianIndex]!;
    const report = await readFile(`${stem}.json`, 'utf8');
    const lhr = JSON.parse(report) as { audits: Audits };
    const tasks = longTasks(lhr.audits);
    const scripts = bootup(lhr.audits);
    const work = mainThread(lhr.audits);
    const reportFile = join(outDir, `${slug(page)}.json`);
    const traceFile = join(outDir, `${slug(page)}.trace.json`);
    await rename(`${stem}.json`, reportFile);
    await rename(`${stem}.trace.json`, traceFile);
    for (const other of kept) if (other !== stem) await Promise.all([rm(`${other}.json`, { force: true }), rm(`${other}.trace.json`, { force: true })]);
    say(`  median run by TBT: run ${medianIndex + 1}; long tasks (simulated on a 4× slower CPU, longest first):`);
    if (tasks.length === 0) say('    none');
    for (const task of tasks.slice(0, 5)) {
      const where = Object.entries(task.breakdown)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([group, ms]) => `${group} ${Math.round(ms)}`)
        .join(', ');
      say(`    ${String(Math.round(task.durationMs)).padStart(5)} ms at ${String(Math.round(task.startMs)).padStart(5)} ms  ${short(task.url)}${where ? `  (${where})` : ''}`);
    }
    say(`  main thread: ${work.map((w) => `${w.group} ${Math.round(w.ms)} ms`).join(', ')}`);
    say(`  scripts by CPU time: ${scripts.slice(0, 5).map((s) => `${short(s.url)} ${Math.round(s.totalMs)} ms (run ${Math.round(s.scriptingMs)}, parse ${Math.round(s.parseCompileMs)})`).join('; ') || 'none over 50 ms'}`);
    say(`  report: ${relative(root, reportFile)} (Lighthouse viewer), trace: ${relative(root, traceFile)} (DevTools › Performance › Load profile)`);

    for (const id of CATEGORIES) {
      if (score(id) < TARGETS[id]) failures.push(`${page}: ${id} ${score(id)} < ${TARGETS[id]}`);
    }
    if (!(med.lcpMs <= TARGETS.lcpMs)) failures.push(`${page}: LCP ${(med.lcpMs / 1000).toFixed(2)} s > ${TARGETS.lcpMs / 1000} s`);
    if (!(med.tbtMs <= TARGETS.tbtMs)) failures.push(`${page}: TBT ${Math.round(med.tbtMs)} ms > ${TARGETS.tbtMs} ms`);
    // CLS as Lighthouse shows it, to three decimals.
    if (!(Number(med.cls.toFixed(3)) <= TARGETS.cls)) failures.push(`${page}: CLS ${med.cls.toFixed(3)} > ${TARGETS.cls}`);
    results.push({ page, runs, median: med, medianRun: medianIndex + 1, busyRuns: busyHere, longTasks: tasks, bootup: scripts, mainThread: work, report: relative(root, reportFile), trace: relative(root, traceFile) });
  }
} finally {
  chrome?.kill();
  server.kill();
}

if (first.js.gzip > BUDGETS.firstRouteJs) failures.push(`first-route JS ${kb(first.js.gzip)} gzip > ${kb(BUDGETS.firstRouteJs)}`);
const totalRuns = pages.length * RUNS;
const verdict =
  busyRuns > 0
    ? `${busyRuns} of ${totalRuns} runs started on a busy machine: these figures are not comparable with an idle run, and a missed timing target may be the machine, not the site. Rerun on an idle machine (or with --wait-idle 120).`
    : slowHostRuns > 0
      ? `The machine was idle, but in ${slowHostRuns} of ${totalRuns} runs Lighthouse found the host slower than its throttling assumes (benchmark index < ${SLOW_HOST_INDEX}).`
      : `The machine was idle before every run (under ${pct(BUSY_SHARE)} of ${CORES} cores busy).`;

if (options.json) {
  console.log(
    JSON.stringify({
      machine: { cores: CORES, cpu: cpus()[0]?.model, busyShareLimit: BUSY_SHARE, busyRuns, slowHostRuns, runs: totalRuns },
      bytes: { firstRoute: { js: first.js, shell: first.shell, content: first.content, css: first.css }, all, budgets: BUDGETS },
      targets: TARGETS,
      pages: results,
      missed: failures,
      verdict,
    }),
  );
}
say(`\n${verdict}`);
if (failures.length > 0) {
  console.error(`\nTargets missed${busyRuns > 0 ? ' (on a busy machine)' : ''}:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
say('\nAll targets met.');
