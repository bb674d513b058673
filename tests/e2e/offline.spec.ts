import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { items } from './site.ts';

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, every route works offline, including a deep link never opened before', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  const item = items.find((candidate) => candidate.messenger === 'telegram' && candidate.id === 'peer-to-peer-calls')!;
  await page.goto(`/${item.messenger}/${item.id}`);
  await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Mark as done' }).check();
  await page.goto('/telegram?status=done');
  await expect(page.getByRole('link', { name: item.title, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'done' })).toContainText('1 of');

  await page.goto('/whatsapp/no-such-step');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('after one visit in Arabic, an Arabic step never opened before works offline, in Arabic and right to left', async ({ page, context }) => {
  await page.goto('/ar/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const item = items.find((candidate) => candidate.messenger === 'signal' && candidate.id === 'registration-lock')!;
  await page.goto(`/ar/${item.messenger}/${item.id}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(item.title);
  await expect(page.getByRole('checkbox').first()).toBeVisible();
});

// Runs after every other browser test (see playwright.config.ts): it changes dist/sw.js.
test.describe('updates', () => {
  const sw = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));
  let original: string;
  test.beforeAll(async () => {
    original = await readFile(sw, 'utf8');
  });
  test.afterAll(async () => {
    await writeFile(sw, original);
  });

  test('a new version is announced, applied on the person’s say-so, and progress survives it', async ({ page }) => {
    const first = items[0]!;
    await page.goto(`/${first.messenger}`);
    await page.getByRole('checkbox', { name: `Done: ${first.title}` }).check();
    await waitForServiceWorker(page);

    // A new deployment: the worker script's bytes change.
    await appendFile(sw, '\n// a new deployment\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByText('A new version of the checklist is ready.')).toBeVisible();
    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForEvent('load');
    await expect(page.getByRole('checkbox', { name: `Done: ${first.title}` })).toBeChecked();
    await expect(page.getByText('A new version of the checklist is ready.')).toHaveCount(0);
  });
});
