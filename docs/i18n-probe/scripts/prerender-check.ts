// Prerenders the recommended probe and the Lingui probe with react-dom/static's
// prerenderToNodeStream (as /work/main/scripts/prerender.ts does), languages interleaved
// (ar, en, ru, ar) to catch state leaking between renders, and checks the HTML has the
// reference text and no inline script.   node scripts/prerender-check.ts
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import type { ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createServer } from 'vite';
import { COUNTS, MESSAGES, OSES, formatDate, type Locale } from '../probes/shared/translations.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function expected(locale: Locale): string[] {
  const f = (m: string, v: Record<string, unknown>) => ([] as unknown[]).concat(new IntlMessageFormat(m, locale).format(v as never)).join('');
  const m = MESSAGES[locale];
  return [
    ...COUNTS.map((count) => f(m.steps, { count })),
    f(m.checked, { date: formatDate(locale) }),
    ...OSES.map((os) => f(m.open, { os })),
    f(m.help, { link: (c: string[]) => c.join('') }),
  ];
}

let failed = false;
for (const name of ['recommended', 'lingui']) {
  const probeRoot = join(root, 'probes', name);
  const vite = await createServer({ root: probeRoot, configFile: join(probeRoot, 'vite.config.ts'), server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
  try {
    const { element } = (await vite.ssrLoadModule('/ssr.tsx')) as { element: (lang: string) => Promise<ReactElement> };
    for (const lang of ['ar', 'en', 'ru', 'ar'] as Locale[]) {
      const { prelude } = await prerenderToNodeStream(await element(lang));
      let html = '';
      for await (const chunk of prelude) html += String(chunk);
      const text = decode(html);
      const missing = expected(lang).filter((s) => !text.includes(s));
      const scripts = (html.match(/<script/g) ?? []).length;
      console.log(`${name.padEnd(12)} ${lang}: ${html.length} chars, ${missing.length ? `MISSING ${JSON.stringify(missing)}` : 'all reference strings present'}, inline scripts: ${scripts}`);
      if (missing.length || scripts) failed = true;
    }
  } finally {
    await vite.close();
  }
}
process.exit(failed ? 1 : 0);
