// What a page costs a slow phone to start, beyond bytes: the first Intl.DateTimeFormat,
// NumberFormat, ListFormat or Collator a page creates sets up the browser's locale data on the
// main thread (35–90 ms here, four times that on a slow phone), one long task the person waits
// through before a tap answers. Every template, in English and in Arabic, must start (hydrate
// and load progress) without one: the build formats the content's dates and lists and sorts
// terms (src/i18n/prepared.ts), and small numbers are written digit by digit.
import { expect, test } from '@playwright/test';
import { openApp, rtlTemplates, templates } from './site.ts';

declare global {
  interface Window {
    /** Which locale-data users were called while the page started. */
    __intlUsed?: string[];
  }
}

test('no page creates an Intl formatter while it starts, in English or Arabic', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const used: string[] = (window.__intlUsed = []);
    const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
    for (const name of ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'Collator', 'RelativeTimeFormat', 'DisplayNames', 'Segmenter']) {
      const Real = intl[name];
      if (!Real) continue;
      intl[name] = new Proxy(Real, {
        construct(target, args, newTarget) {
          used.push(`Intl.${name}`);
          return Reflect.construct(target, args, newTarget) as object;
        },
      });
    }
    const wrap = (owner: object, method: string, label: string) => {
      const real = (owner as Record<string, (...args: unknown[]) => unknown>)[method]!;
      Object.defineProperty(owner, method, {
        configurable: true,
        writable: true,
        value(this: unknown, ...args: unknown[]) {
          used.push(label);
          return real.apply(this, args);
        },
      });
    };
    wrap(Date.prototype, 'toLocaleDateString', 'Date.toLocaleDateString');
    wrap(Date.prototype, 'toLocaleString', 'Date.toLocaleString');
    wrap(Number.prototype, 'toLocaleString', 'Number.toLocaleString');
    wrap(String.prototype, 'localeCompare', 'String.localeCompare');
  });
  const found: string[] = [];
  for (const { url } of [...templates, ...rtlTemplates]) {
    await openApp(page, url);
    // Progress loads when the browser is idle after hydration: wait for it, and for what it shows.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 50))));
    const used = await page.evaluate(() => window.__intlUsed ?? []);
    if (used.length) found.push(`${url}: ${[...new Set(used)].join(', ')}`);
  }
  expect(found, 'pages that created an Intl formatter while starting').toEqual([]);
});
