import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { items, openApp } from './site.ts';

const STORAGE_KEY = 'mhc:progress';
const whatsapp = items.filter((item) => item.messenger === 'whatsapp');
const [first, second] = whatsapp;

const doneBox = (page: Page, title: string) => page.getByRole('checkbox', { name: `Done: ${title}` });

test('keeps ticks after a reload', async ({ page }) => {
  await page.goto('/whatsapp');
  await doneBox(page, first!.title).check();
  await expect(page.getByRole('status')).toContainText(`1 of ${whatsapp.length} done`);
  await page.reload();
  await expect(doneBox(page, first!.title)).toBeChecked();
  await expect(page.getByRole('status')).toContainText(`1 of ${whatsapp.length} done`);
});

test('a tick is kept when the page is left before its write had a frame to wait for', async ({ page }) => {
  // Writes wait for the frame after the tick; here that frame never comes, so only the write
  // made when the page is left can save the tick.
  await openApp(page, '/whatsapp');
  await doneBox(page, first!.title).waitFor();
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0;
  });
  await doneBox(page, first!.title).check();
  await page.reload();
  await expect(doneBox(page, first!.title)).toBeChecked();
});

test('the prerendered page never shows an empty checklist before the saved ticks', async ({ page, request }) => {
  const html = await (await request.get('/whatsapp')).text();
  expect(html).not.toContain('type="checkbox"');
  expect(html).not.toContain('0 of');
  const essentials = whatsapp.filter((item) => item.priority === 'essential');
  await page.goto('/whatsapp');
  await doneBox(page, essentials[0]!.title).check();
  await page.goto('/');
  await expect(page.getByText(`1 of ${essentials.length} essentials done`)).toBeVisible();
});

test('a tick in one tab shows in the other without a reload', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto('/whatsapp');
  await two.goto('/whatsapp');
  await doneBox(one, first!.title).check();
  await expect(doneBox(two, first!.title)).toBeChecked();
  await expect(two.getByRole('status')).toContainText(`1 of ${whatsapp.length} done`);
});

test('a stale tab does not overwrite a newer untick from another tab', async ({ context }) => {
  const one = await context.newPage();
  await one.goto('/whatsapp');
  await doneBox(one, first!.title).check();
  const two = await context.newPage();
  await two.goto('/whatsapp');
  await doneBox(two, first!.title).uncheck();
  await doneBox(one, second!.title).check();
  await one.reload();
  await expect(doneBox(one, first!.title)).not.toBeChecked();
  await expect(doneBox(one, second!.title)).toBeChecked();
});

test('unreadable saved data is copied aside, the person is told, and the app keeps working', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"state":{"items":{"whatsapp/two'), STORAGE_KEY);
  await page.goto('/whatsapp');
  await expect(page.getByText('Your saved progress on this device could not be read.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the original copy' })).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('mhc:progress:backup:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(backups).toEqual(['{"state":{"items":{"whatsapp/two']);
  await doneBox(page, first!.title).check();
  await page.reload();
  await expect(doneBox(page, first!.title)).toBeChecked();
});

test.describe('when storage is blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('the app still works in memory and says progress will not be kept', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/whatsapp');
    await expect(page.getByText('Your ticks are not being saved.')).toBeVisible();
    await doneBox(page, first!.title).check();
    await expect(page.getByRole('status').filter({ hasText: 'done' })).toContainText(`1 of ${whatsapp.length} done`);
    await page.getByRole('link', { name: first!.title, exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Mark as done' })).toBeChecked();
    expect(errors).toEqual([]);
  });
});

test('when storage is full, the tick stays on screen and the person is told it was not saved', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, name, value);
    };
  }, STORAGE_KEY);
  await page.goto('/whatsapp');
  await doneBox(page, first!.title).check();
  await expect(doneBox(page, first!.title)).toBeChecked();
  await expect(page.getByText('Your last change could not be saved:')).toBeVisible();
});

test('ticked, filtered and notice states pass axe in both colour schemes', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, 'not json'), STORAGE_KEY);
  await page.goto('/whatsapp?status=todo');
  await doneBox(page, first!.title).check();
  await page.getByRole('checkbox', { name: `Doesn’t apply to me: ${second!.title}` }).check();
  await expect(page.getByText('Your saved progress on this device could not be read.')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations, scheme).toEqual([]);
  }
});
