// A file that does not arrive (a dropped connection, a blocked request, a deploy mid-visit)
// never leaves a person on a page that does not match the address, or without a word: the
// text stays, or the new page loads, and a plain notice says what could not load.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { items, openApp, watch } from './site.ts';

const manifest = JSON.parse(readFileSync(new URL('../../.build/manifest.json', import.meta.url), 'utf8')) as Record<string, { file: string }>;
/** The built file of a source module or virtual module. */
const built = (key: string) => {
  const file = manifest[key]?.file;
  if (!file) throw new Error(`${key} is not in .build/manifest.json`);
  return `/${file}`;
};

const CHUNKS = {
  aboutScreen: built('src/app/routes/about.tsx'),
  itemScreen: built('src/app/routes/item.tsx'),
  itemBody: (messenger: string, id: string) => built(`virtual:checklist/item/${messenger}/${id}`),
  store: built('src/store/browser.ts'),
  qrCode: built('src/components/QrCode.tsx'),
};

/** Makes every request for `path` fail, as a dropped connection would; returns the undo. */
async function block(page: Page, path: string): Promise<() => Promise<void>> {
  const matcher = (url: URL) => url.pathname === path;
  await page.route(matcher, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(matcher);
}

/** The console errors Chromium logs for a blocked request; anything else is a failure. */
const unexpected = (problems: string[]) => problems.filter((problem) => !problem.includes('net::ERR_INTERNET_DISCONNECTED'));

// Without the service worker: Playwright's routes do not see requests a worker answers, and once
// the worker has installed and claimed the page, a precached file comes from its cache (as it
// should offline) however the network fails; how fast the page starts decided which one a test
// met. These tests are about files that do not arrive; tests/e2e/offline.spec.ts covers the worker.
test.use({ serviceWorkers: 'block' });

const item = items.find((candidate) => candidate.messenger === 'whatsapp' && candidate.priority === 'essential')!;
const START_FAILED = /Part of this page could not load/;
const PAGE_FAILED = /That page could not load/;

test.describe('on a first visit to an address', () => {
  for (const [kind, path, url, heading] of [
    ['its screen', CHUNKS.aboutScreen, '/about', 'About this checklist'],
    ['its step text', CHUNKS.itemBody(item.messenger, item.id), `/${item.messenger}/${item.id}`, item.title],
  ] as const) {
    test(`keeps the page readable and says so when ${kind} cannot load`, async ({ page }) => {
      const problems = watch(page);
      await block(page, path);
      await page.goto(url);
      await expect(page.getByRole('alert').filter({ hasText: START_FAILED })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      // "Try again" loads the same address again.
      expect(await page.getByRole('link', { name: 'Try again' }).evaluate((link) => (link as HTMLAnchorElement).href)).toBe(page.url());
      expect(unexpected(problems)).toEqual([]);
    });
  }

  test('says that progress could not load when the store cannot, and loads it on "Try again"', async ({ page }) => {
    const problems = watch(page);
    const unblock = await block(page, CHUNKS.store);
    await openApp(page, '/whatsapp');
    const notice = page.getByRole('alert').filter({ hasText: 'Your progress could not be loaded' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Harden WhatsApp' })).toBeVisible();
    await unblock();
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toBeHidden();
    await expect(page.getByRole('checkbox', { name: `Done: ${item.title}` })).toBeVisible();
    expect(unexpected(problems)).toEqual([]);
  });

  test('says the QR code could not load, and keeps the workshop link', async ({ page }) => {
    const problems = watch(page);
    await block(page, CHUNKS.qrCode);
    await openApp(page, '/workshop');
    // The code is asked for once it comes near the screen.
    await page.getByRole('textbox', { name: /workshop link/i }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('alert').filter({ hasText: 'The QR code could not load' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /workshop link/i })).toHaveValue(/\/workshop\/join#/);
    expect(unexpected(problems)).toEqual([]);
  });
});

test.describe('when following a link', () => {
  for (const [kind, path] of [
    ['its screen', CHUNKS.itemScreen],
    ['its step text', CHUNKS.itemBody(item.messenger, item.id)],
  ] as const) {
    test(`stays on the page it was on and says so when ${kind} cannot load, then goes on "Try again"`, async ({ page }) => {
      const problems = watch(page);
      await openApp(page, `/${item.messenger}`);
      const unblock = await block(page, path);
      await page.getByRole('link', { name: item.title, exact: true }).click();
      const notice = page.getByRole('alert').filter({ hasText: PAGE_FAILED });
      await expect(notice).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(`/${item.messenger}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Harden WhatsApp' })).toBeVisible();
      await unblock();
      await notice.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
      await expect(notice).toBeHidden();
      expect(unexpected(problems)).toEqual([]);
    });
  }

  test('says the QR code could not load when it is asked for, and keeps the progress link', async ({ page }) => {
    const problems = watch(page);
    await openApp(page, '/progress');
    await block(page, CHUNKS.qrCode);
    await page.getByRole('button', { name: 'Make a link to my progress' }).click();
    await page.getByRole('checkbox', { name: 'Show as a QR code' }).check();
    await expect(page.getByRole('alert').filter({ hasText: 'The QR code could not load' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /progress link/i })).toHaveValue(/\/restore#/);
    expect(unexpected(problems)).toEqual([]);
  });

  test('after a new deploy, loads the new address from the server once, never in a loop', async ({ page }) => {
    await openApp(page, `/${item.messenger}`);
    // The server now names another start script on its pages: a new version was deployed,
    // and this page's old screen file is gone.
    await page.route((url) => url.pathname === '/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/\/assets\/index-[^"]+\.js/, '/assets/index-new.js') });
    });
    await block(page, CHUNKS.itemScreen);
    let documents = 0;
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents += 1;
    });
    await page.getByRole('link', { name: item.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${item.messenger}/${item.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
    // The reloaded page still cannot start (the file is still blocked): it says so instead of reloading again.
    await expect(page.getByRole('alert').filter({ hasText: START_FAILED })).toBeVisible();
    await page.waitForTimeout(500);
    expect(documents).toBe(1);
  });
});
