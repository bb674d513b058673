// Builds every probe with Vite, measures the first-route JavaScript it adds over a bare
// React 19 page (gzip -9 of each chunk, as /work/main/scripts/budgets.ts does), opens each
// page in /usr/bin/chromium under the CSP meta tag for en, ru and ar, compares the text with a
// reference formatted in Node by intl-messageformat, and records CSP violations. Then it drops
// Arabic `few` from every catalog and records which toolchain notices.
//   npm run measure [-- --only lingui,none] [--skip-validation]
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, writeFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { IntlMessageFormat } from 'intl-messageformat';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { COUNTS, HELP_URL, LOCALES, MESSAGES, OSES, formatDate, type Locale } from '../probes/shared/translations.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'node_modules/.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
const ALL = ['bare', 'hardcoded', 'none', 'recommended', 'lingui', 'lingui-runtime', 'formatjs', 'formatjs-parser', 'i18next', 'i18next-native', 'mf2'];
const onlyArg = process.argv.indexOf('--only');
const PROBES = onlyArg > 0 ? ['bare', 'hardcoded', ...process.argv[onlyArg + 1]!.split(',').filter((p) => p !== 'bare' && p !== 'hardcoded')] : ALL;

function run(cmd: string, args: string[], cwd = root): { ok: boolean; out: string } {
  try {
    const out = execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, out };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

function prepareCatalogs(extra: string[] = []) {
  const r = run(join(bin, 'node'), ['scripts/catalogs.ts', ...extra]);
  if (!r.ok) throw new Error(r.out);
  // Let Lingui rewrite the generated PO files in its own layout (sorting, header, origins).
  const x = run(join(bin, 'lingui'), ['extract', '--config', 'lingui.config.ts'], join(root, 'probes/lingui'));
  if (!x.ok) throw new Error(x.out);
  const compiled: Record<string, { ok: boolean; out: string }> = {};
  for (const l of LOCALES)
    compiled[l] = run(join(bin, 'formatjs'), ['compile', `lang/${l}.json`, '--format', 'simple', '--ast', '--out-file', `compiled/${l}.json`], join(root, 'probes/formatjs'));
  return compiled;
}

async function buildProbe(name: string) {
  const probeRoot = join(root, 'probes', name);
  await build({
    root: probeRoot,
    configFile: join(probeRoot, 'vite.config.ts'),
    base: `/${name}/`,
    logLevel: 'error',
    build: { outDir: join(root, 'dist', name), emptyOutDir: true, manifest: true },
  });
}

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; src?: string }>;
function closure(m: Manifest, key: string, files = new Set<string>()) {
  const c = m[key]!;
  if (!files.has(c.file)) {
    files.add(c.file);
    for (const i of c.imports ?? []) closure(m, i, files);
  }
  return files;
}
async function gz(dist: string, file: string) {
  return gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
}

async function sizes(name: string) {
  const dist = join(root, 'dist', name);
  const m = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(m).find((k) => m[k]!.isEntry)!;
  const shell = closure(m, entryKey);
  let shellGz = 0;
  for (const f of shell) shellGz += await gz(dist, f);
  const perLocale: Record<string, number> = {};
  for (const l of LOCALES) {
    const key = (m[entryKey]!.dynamicImports ?? []).find((k) => new RegExp(`/${l}\\.[a-z]+(\\.icu\\.js)?$`).test(k));
    if (!key) continue;
    let bytes = 0;
    for (const f of closure(m, key)) if (!shell.has(f)) bytes += await gz(dist, f);
    perLocale[l] = bytes;
  }
  const firstRoute = shellGz + Math.max(0, ...Object.values(perLocale));
  const js = [...shell].join(' ');
  return { shellGz, perLocale, firstRoute, files: js };
}

// Reference text: intl-messageformat in Node over the same ICU source strings.
function reference(locale: Locale): Record<string, string> {
  const fmt = (key: keyof (typeof MESSAGES)['en'], values: Record<string, unknown>) =>
    String(([] as unknown[]).concat(new IntlMessageFormat(MESSAGES[locale][key], locale).format(values as never)).join(''));
  const out: Record<string, string> = {};
  for (const count of COUNTS) out[`steps-${count}`] = fmt('steps', { count });
  out.checked = fmt('checked', { date: formatDate(locale) });
  for (const os of OSES) out[`open-${os}`] = fmt('open', { os });
  out.help = fmt('help', { link: (c: string[]) => `[${c.join('')}]` });
  return out;
}

function serve(): Promise<{ port: number; close: () => void }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer(async (req, res) => {
    let path = join(root, 'dist', decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (existsSync(path) && (await stat(path)).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as { port: number }).port, close: () => server.close() })));
}

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

async function browserCheck(names: string[]) {
  const { port, close } = await serve();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const results: Record<string, { violations: string[]; errors: string[]; mismatches: string[]; control: boolean; sample: Record<string, string> }> = {};
  try {
    for (const name of names) {
      const r = { violations: [] as string[], errors: [] as string[], mismatches: [] as string[], control: false, sample: {} as Record<string, string> };
      for (const lang of name === 'bare' || name === 'hardcoded' ? (['en'] as Locale[]) : LOCALES) {
        const page = await browser.newPage();
        await page.addInitScript(() => {
          (window as unknown as { __v: string[] }).__v = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { __v: string[] }).__v.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
          );
        });
        page.on('pageerror', (e) => r.errors.push(`${lang}: ${e.message}`));
        let control = false; // console errors caused by the CSP control below are expected
        page.on('console', (msg) => {
          if (control || msg.location().url.endsWith('/favicon.ico')) return;
          if (msg.type() === 'error' || msg.type() === 'warning') r.errors.push(`${lang} console.${msg.type()}: ${msg.text()}`);
        });
        await page.goto(`http://127.0.0.1:${port}/${name}/?lang=${lang}`);
        try {
          await page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });
        } catch {
          r.errors.push(`${lang}: page never rendered`);
        }
        const got = await page.$$eval('[data-k]', (els) =>
          Object.fromEntries(
            els.map((el) => {
              const a = el.querySelector('a');
              let text = el.textContent ?? '';
              if (a) text = text.replace(a.textContent ?? '', `[${a.textContent}]`) + (a.getAttribute('href') ? '' : ' (link without href)');
              return [el.getAttribute('data-k')!, text];
            }),
          ),
        );
        if (lang === 'ar') r.sample = got;
        if (name !== 'bare') {
          if (name === 'hardcoded' && lang !== 'en') continue;
          const want = reference(lang);
          for (const [k, v] of Object.entries(want))
            if (strip(got[k] ?? '<missing>') !== v) r.mismatches.push(`${lang} ${k}: got "${got[k]}" want "${v}"`);
          const link = await page.$eval('[data-k="help"] a', (a) => a.getAttribute('href')).catch(() => null);
          if (link !== HELP_URL) r.mismatches.push(`${lang} help: link href ${link}`);
        }
        r.violations.push(...(await page.evaluate(() => (window as unknown as { __v: string[] }).__v)).map((v) => `${lang}: ${v}`));
        if (lang === 'en') {
          // Positive control: the CSP is really enforced (an injected inline script must be blocked).
          control = true;
          const before = (await page.evaluate(() => (window as unknown as { __v: string[] }).__v.length)) as number;
          await page.evaluate(() => {
            const s = document.createElement('script');
            s.textContent = 'window.__inline = 1';
            document.head.append(s);
          });
          await page.waitForTimeout(100);
          const after = await page.evaluate(() => ({ n: (window as unknown as { __v: string[] }).__v.length, ran: 'inline' in window || '__inline' in window }));
          r.control = after.n > before && !after.ran;
        }
        await page.close();
      }
      results[name] = r;
    }
  } finally {
    await browser.close();
    close();
  }
  return results;
}

// Does the toolchain fail when Arabic lacks the `few` plural form?
async function validation() {
  const out: Record<string, string> = {};
  const compiled = prepareCatalogs(['--drop-ar-few']);
  out.formatjs = compiled.ar!.ok ? 'formatjs compile: passes (not caught)' : `formatjs compile: FAILS: ${compiled.ar!.out.trim().split('\n')[0]}`;
  const verify = run(join(bin, 'formatjs'), ['verify', '--source-locale', 'en', '--missing-keys', '--extra-keys', '--structural-equality', 'lang/en.json', 'lang/ru.json', 'lang/ar.json'], join(root, 'probes/formatjs'));
  out['formatjs verify'] = verify.ok ? 'passes (not caught)' : `FAILS: ${verify.out.trim().split('\n').slice(0, 2).join(' ')}`;
  for (const name of ['none', 'recommended', 'lingui', 'mf2', 'i18next', 'i18next-native']) {
    try {
      await buildProbe(name);
      out[name] = 'vite build: passes (not caught)';
    } catch (error) {
      out[name] = `vite build: FAILS: ${String((error as Error).message).split('\n').filter((l) => /lacks/.test(l))[0]?.trim()}`;
    }
  }
  const lcheck = run(join(bin, 'lingui'), ['check', 'missing', '--config', 'lingui.config.ts', '--verbose'], join(root, 'probes/lingui'));
  out['lingui check missing'] = lcheck.ok ? 'passes (not caught)' : `FAILS: ${lcheck.out.trim().split('\n').slice(0, 3).join(' ')}`;
  const lcompile = run(join(bin, 'lingui'), ['compile', '--config', 'lingui.config.ts', '--strict', '--namespace', 'es'], join(root, 'probes/lingui'));
  out['lingui compile --strict'] = lcompile.ok ? 'passes (not caught)' : `FAILS: ${lcompile.out.trim().split('\n').slice(0, 3).join(' ')}`;
  for (const l of [...LOCALES, 'pseudo']) run('rm', ['-f', `probes/lingui/locales/${l}.mjs`]);
  const icheck = run(join(bin, 'i18next-cli'), ['status', 'ar'], join(root, 'probes/i18next-native'));
  out['i18next-cli status ar (native JSON)'] = icheck.ok ? 'passes (not caught)' : `FAILS: ${icheck.out.trim().split('\n').filter((l) => /✗|Error/.test(l)).map((l) => l.trim()).join(' ')}`;
  const plurals = run(join(bin, 'node'), ['scripts/check-plurals.ts', 'probes/lingui/locales/ar.po', 'probes/formatjs/lang/ar.json', 'probes/i18next/locales/ar.json']);
  out['scripts/check-plurals.ts (PO + ICU JSON)'] = plurals.ok ? 'passes (not caught)' : `FAILS: ${plurals.out.trim().split('\n').join(' | ')}`;
  prepareCatalogs();
  return out;
}

// Translator-workflow checks a CI job would run: extraction in sync with the catalogs, no
// missing or unused keys.
async function workflow() {
  const out: Record<string, string> = {};
  const sync = run(join(bin, 'lingui'), ['check', 'sync', '--config', 'lingui.config.ts'], join(root, 'probes/lingui'));
  out['lingui check sync'] = sync.ok ? 'PASS (catalogs match lingui extract)' : `FAIL: ${sync.out.trim().split('\n').slice(-2).join(' ')}`;
  const tmp = join(root, '.extract');
  run('mkdir', ['-p', tmp]);
  const x = run(join(bin, 'formatjs'), ['extract', 'app.tsx', '--format', 'simple', '--additional-function-names', 't', '--additional-component-names', 'T', '--out-file', join(tmp, 'en.json')], join(root, 'probes/recommended'));
  if (!x.ok) out['formatjs extract (recommended)'] = `FAIL: ${x.out}`;
  else {
    const extracted = Object.keys(JSON.parse(await readFile(join(tmp, 'en.json'), 'utf8')) as object);
    const catalog = Object.keys(JSON.parse(await readFile(join(root, 'probes/recommended/lang/en.json'), 'utf8')) as object);
    const missing = extracted.filter((k) => !catalog.includes(k));
    const unused = catalog.filter((k) => !extracted.includes(k));
    out['formatjs extract vs lang/en.json (recommended)'] = `${extracted.length} messages found in app.tsx; missing from catalog: ${missing.length}; unused in catalog: ${unused.length}`;
  }
  const v = run(join(bin, 'formatjs'), ['verify', '--source-locale', 'en', '--missing-keys', '--extra-keys', '--structural-equality', join(tmp, 'en.json'), 'lang/ru.json', 'lang/ar.json'], join(root, 'probes/recommended'));
  out['formatjs verify (recommended)'] = v.ok ? 'PASS' : `FAIL: ${v.out.trim().split('\n').slice(0, 3).join(' ')}`;
  return out;
}

const compiledOk = prepareCatalogs();
if (!Object.values(compiledOk).every((c) => c.ok)) throw new Error(JSON.stringify(compiledOk));
const report: Record<string, unknown> = { date: new Date().toISOString(), probes: {} };
const size: Record<string, Awaited<ReturnType<typeof sizes>>> = {};
for (const name of PROBES) {
  const t0 = Date.now();
  await buildProbe(name);
  size[name] = await sizes(name);
  console.log(`built ${name} in ${Date.now() - t0} ms`);
}
const browserResults = await browserCheck(PROBES);
const bare = size.bare!.firstRoute;
const hardcoded = size.hardcoded!.firstRoute;
console.log('\nprobe            first-route gz  added vs bare  vs hardcoded  entry gz  messages gz (en/ru/ar)   CSP ok  text ok');
for (const name of PROBES) {
  const s = size[name]!;
  const b = browserResults[name]!;
  const row = {
    firstRouteGzip: s.firstRoute,
    addedOverBare: s.firstRoute - bare,
    addedOverHardcodedEnglish: s.firstRoute - hardcoded,
    shellGzip: s.shellGz,
    messagesGzip: s.perLocale,
    cspViolations: b.violations,
    cspControlBlocked: b.control,
    errors: b.errors,
    mismatches: b.mismatches,
    arabicSample: b.sample,
  };
  (report.probes as Record<string, unknown>)[name] = row;
  console.log(
    `${name.padEnd(16)} ${String(s.firstRoute).padStart(14)}  ${String(s.firstRoute - bare).padStart(13)}  ${String(s.firstRoute - hardcoded).padStart(12)}  ${String(s.shellGz).padStart(8)}  ${JSON.stringify(Object.values(s.perLocale)).padEnd(24)} ${b.violations.length === 0 && b.control ? 'yes' : 'NO '}     ${b.mismatches.length === 0 && b.errors.length === 0 ? 'yes' : 'NO'}`,
  );
  for (const line of [...b.violations, ...b.errors, ...b.mismatches]) console.log(`    ${line}`);
}
report.workflow = await workflow();
console.log('\nTranslator workflow checks:');
for (const [k, v] of Object.entries(report.workflow as Record<string, string>)) console.log(`  ${k.padEnd(48)} ${v}`);
if (!process.argv.includes('--skip-validation')) {
  report.validationArabicFewMissing = await validation();
  console.log('\nArabic catalog without `few`:');
  for (const [k, v] of Object.entries(report.validationArabicFewMissing as Record<string, string>)) console.log(`  ${k.padEnd(24)} ${v}`);
  // Rebuild after the validation run so dist/ matches the good catalogs again.
  for (const name of PROBES) await buildProbe(name);
}
await writeFile(join(root, 'results.json'), JSON.stringify(report, null, 2) + '\n');
console.log('\nwrote results.json');
