// The design system's promises, one test per concern, each walking one page of every route
// (`templates`) in one browser page: tap targets on a phone, a one-row header, and pages
// that mirror right to left and pass axe there.
import AxeBuilder from '@axe-core/playwright';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { layoutShifts, openApp, rtlTemplates, templates, watch, watchLayoutShifts } from './site.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What a person taps: buttons, menus, tick boxes (with their labels), and links drawn as
 * buttons or cards. A link styled as a button carries the class `button`; a card whose whole
 * area follows its link carries `card`. The header's links and the step pager are buttons too.
 */
const TAP_TARGETS = [
  'button',
  'summary',
  'select',
  '.button',
  '.card',
  '.site-header a',
  '.pager a',
  'input[type="checkbox"]',
  'input[type="radio"]',
].join(', ');

const PHONE = { width: 390, height: 844 };

/** Opens a page and waits until the app, and the progress it shows, have loaded. */
async function openFully(page: Page, url: string) {
  await openApp(page, url);
  // Tick boxes replace their placeholders once saved progress has loaded.
  await expect(page.locator('.status-controls.js-only, .progress-summary.js-only')).toHaveCount(0, { timeout: 15_000 });
}

/** Every visible tap target lower than 44px, as "what: height". */
function smallTargets(page: Page) {
  return page.locator(TAP_TARGETS).evaluateAll((elements) =>
    elements.flatMap((element) => {
      // A tick box is tapped through its label.
      const target = element.matches('input') ? (element.closest('label') ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || !target.checkVisibility({ visibilityProperty: true })) return [];
      const name = `${target.tagName.toLowerCase()}.${target.className} "${(target.textContent ?? '').trim().slice(0, 40)}"`;
      return box.height < 44 - 0.5 ? [`${name}: ${Math.round(box.height)}px`] : [];
    }),
  );
}

test('on a phone, the header is one row under 64px and every control a person taps is at least 44px tall', async ({ page }) => {
  test.setTimeout(30_000 + templates.length * 10_000);
  await page.setViewportSize(PHONE);
  const problems = watch(page);
  for (const { url } of templates) {
    await openFully(page, url);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height, `header height on ${url}`).toBeLessThanOrEqual(64);
    const overflowing = await page
      .locator('.site-header a, .site-header summary')
      .evaluateAll((controls) => controls.filter((control) => control.checkVisibility() && control.getBoundingClientRect().right > window.innerWidth + 0.5).map((control) => control.textContent));
    expect(overflowing, `header controls off the screen on ${url}`).toEqual([]);
    expect(await smallTargets(page), `small tap targets on ${url}`).toEqual([]);
  }
  // What sits behind "Menu" opens without leaving the page, and is as easy to tap.
  const menu = page.getByRole('navigation', { name: 'Main' });
  await menu.getByText('Menu', { exact: true }).click();
  await expect(menu.getByRole('link', { name: 'Plan a workshop' })).toBeVisible();
  expect(await smallTargets(page), 'small tap targets in the open menu').toEqual([]);
  expect(problems).toEqual([]);
});

// WCAG 2.2 reflow (1.4.10): at 320 CSS pixels wide nothing scrolls sideways. Below 390px the
// header's row does not fit, and takes a second one.
test('at 320px wide no page scrolls sideways, left to right or right to left', async ({ page }) => {
  test.setTimeout(30_000 + (templates.length + rtlTemplates.length) * 10_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const problems = watch(page);
  for (const { url } of [...templates, ...rtlTemplates]) {
    await openFully(page, url);
    const layout = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      // What sticks out, to name in the failure.
      outside: [...document.querySelectorAll('body *')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5);
        })
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    }));
    expect(layout, `sideways scrolling on ${url}`).toEqual({ width: 320, outside: [] });
  }
  expect(problems).toEqual([]);
});

// routes.spec.ts runs axe on every template in light and dark, left to right; this adds right
// to left, on a phone with every part open (the site menu too), in the dark scheme.
test('with right-to-left forced, notices and chevrons mirror, and axe passes in the dark scheme with every part open', async ({ page }) => {
  test.setTimeout(60_000 + templates.length * 40_000);
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'dark' });
  const problems = watch(page);
  let notices = 0;
  let chevrons = 0;
  for (const { url } of templates) {
    await openFully(page, url);
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
      // The site menu and "How we checked this" are checked open, too.
      document.querySelectorAll('details').forEach((part) => (part.open = true));
    });
    const sides = await page.locator('.notice, .open-settings').evaluateAll((boxes) =>
      boxes.filter((box) => box.checkVisibility()).map((box) => {
        const style = getComputedStyle(box);
        return { right: parseFloat(style.borderRightWidth), left: parseFloat(style.borderLeftWidth) };
      }),
    );
    for (const side of sides) expect(side, `a notice's accent border on ${url}`).toEqual({ right: 4, left: 0 });
    notices += sides.length;
    const transforms = await page
      .locator('.icon-chevron, .flip-rtl')
      .evaluateAll((marks) => marks.filter((mark) => mark.checkVisibility()).map((mark) => getComputedStyle(mark).transform));
    for (const transform of transforms) expect(transform, `a chevron on ${url}`).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    chevrons += transforms.length;
    // The header's menus, open, sit over the page (as a person sees them, one at a time): axe checks
    // them on their own, then the page with them closed, so an open menu is not taken for
    // something that covers the page's controls.
    const header = await new AxeBuilder({ page }).include('.site-header').withTags(AXE_TAGS).analyze();
    expect(header.violations, `${url} header, right to left, dark scheme`).toEqual([]);
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.site-header details').forEach((menu) => (menu.open = false)));
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations, `${url}, right to left, dark scheme`).toEqual([]);
  }
  // The walk saw what it checks (the home page has chevrons; item pages have notices).
  expect(notices).toBeGreaterThan(0);
  expect(chevrons).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('a page that arrives slowly is never drawn with half its header: nothing moves as the rest arrives', async ({ page, baseURL }) => {
  // A slow connection: the HTML arrives in pieces, and the browser may paint what it has. A
  // half-parsed header showed the browser's own "Details" summary for the menu and a short
  // row of links, which moved when the rest arrived. Here each page's HTML stops for a moment
  // inside the header's menu (a proxy in front of the test server).
  test.setTimeout(120_000);
  const proxy = createServer((request, response) => {
    void fetch(new URL(request.url ?? '/', baseURL), { headers: { 'accept-encoding': 'identity' } }).then(async (upstream) => {
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers = Object.fromEntries([...upstream.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name)));
      response.writeHead(upstream.status, headers);
      const cut = upstream.headers.get('content-type')?.startsWith('text/html') ? body.indexOf('<summary', body.indexOf('site-menu')) : -1;
      if (cut < 0) return void response.end(body);
      response.write(body.subarray(0, cut));
      setTimeout(() => response.end(body.subarray(cut)), 700);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, resolve));
  const origin = `http://localhost:${(proxy.address() as AddressInfo).port}`;
  await page.setViewportSize({ width: 412, height: 823 });
  await watchLayoutShifts(page);
  const moved: string[] = [];
  try {
    for (const url of ['/whatsapp/two-step-verification', '/ar/', '/workshop']) {
      await page.goto(origin + url);
      await page.waitForLoadState('load');
      moved.push(...(await layoutShifts(page)).map((shift) => `${url}: ${shift}`));
    }
  } finally {
    proxy.close();
  }
  expect(moved).toEqual([]);
});
