// What the e2e tests need to know about the site: the pages the build wrote (the prerender
// lists them in .build/pages.json, from the one route table) and the content it was built from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page as BrowserPage } from '@playwright/test';
import { compile } from '../../src/compiler/compile.ts';
import { loadContentFiles } from '../../src/compiler/load.ts';
import type { Page } from '../../src/routing/routes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const { items } = compile(await loadContentFiles(root));

/** Every prerendered page (but 404.html) in every language, with the route that shows it. */
export const allPages: Page[] = (JSON.parse(readFileSync(`${root}.build/pages.json`, 'utf8')) as Page[]).filter(
  (page) => page.route !== 'notFound',
);

/**
 * The English pages: what the walks through every page run on. The other languages' pages have
 * the same templates; languages.spec.ts checks all of them over HTTP and one of each template
 * in a right-to-left language in the browser, so the suite does not grow with languages × pages.
 */
export const pages: Page[] = allPages.filter((page) => page.locale === 'en');

/** One page of each route: what per-template checks (axe, both colour schemes) run on. */
export const templates: Page[] = [...new Map(pages.map((page) => [page.route, page])).values()];

/** One page of each route in Arabic (right to left). */
export const rtlTemplates: Page[] = [...new Map(allPages.filter((page) => page.locale === 'ar').map((page) => [page.route, page])).values()];

/** Opens `url` and waits until the app has taken over the prerendered page. */
export async function openApp(page: BrowserPage, url: string) {
  const response = await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  return response;
}

/**
 * Collects console errors, uncaught exceptions, Content-Security-Policy violations and
 * requests to another host; tests expect the list to be empty.
 */
export function watch(page: BrowserPage): string[] {
  const problems: string[] = [];
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== 'localhost') problems.push(`request to another host: ${request.url()}`);
  });
  return problems;
}

/**
 * Records every layout shift from the start of each page load, also those Chromium marks as
 * after input: it marks shifts so while a page loads under emulation, with no input at all,
 * and Lighthouse counts them. Read them with `layoutShifts`.
 */
export async function watchLayoutShifts(page: BrowserPage) {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
        const moved = (entry.sources ?? []).map((source) => (source.node instanceof Element ? `${source.node.tagName}.${source.node.className}` : String(source.node?.nodeName)));
        shifts.push(`${entry.value.toFixed(4)} ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts of the page's current load (watchLayoutShifts). */
export const layoutShifts = (page: BrowserPage) => page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
