import { expect, test, type Page } from '@playwright/test';
import { items } from './site.ts';

const whatsapp = items.filter((item) => item.messenger === 'whatsapp');
const signal = items.filter((item) => item.messenger === 'signal');
const doneBox = (page: Page, title: string) => page.getByRole('checkbox', { name: `Done: ${title}` });

async function makeLink(page: Page): Promise<string> {
  await page.goto('/progress');
  await page.getByRole('button', { name: 'Make a link to my progress' }).click();
  return page.getByLabel(/Your progress link/).inputValue();
}

test('a progress link opened in a fresh browser brings the ticks over after a merge', async ({ page, browser }) => {
  await page.goto('/whatsapp');
  await doneBox(page, whatsapp[0]!.title).check();
  await page.goto('/signal');
  await doneBox(page, signal[0]!.title).check();
  const link = await makeLink(page);
  expect(new URL(link).pathname).toBe('/restore');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('region', { name: 'Progress from a link' })).toContainText('2 steps done across WhatsApp and Signal');
  // Focus moves to the choice, so a screen reader starts there.
  await expect(other.getByRole('heading', { name: 'Progress from a link' })).toBeFocused();
  await expect(other).toHaveURL(/\/restore$/);
  await other.getByRole('button', { name: 'Merge' }).click();
  await other.goto('/whatsapp');
  await expect(doneBox(other, whatsapp[0]!.title)).toBeChecked();
  await other.goto('/signal');
  await expect(doneBox(other, signal[0]!.title)).toBeChecked();
  await fresh.close();
});

test('a link with every step done stays short', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((keys) => {
    const at = new Date().toISOString();
    const state = { items: Object.fromEntries(keys.map((key) => [key, { status: 'done', at, revision: 1 }])), preferences: { messengers: [], platforms: [], at: '' } };
    localStorage.setItem('mhc:progress', JSON.stringify({ state, version: 1 }));
  }, items.map((item) => `${item.messenger}/${item.id}`));
  const link = await makeLink(page);
  const fragment = new URL(link).hash.slice(1);
  test.info().annotations.push({ type: 'link length', description: `${items.length} steps done: fragment ${fragment.length} characters, whole link ${link.length}` });
  expect(fragment.length).toBeLessThanOrEqual(Math.ceil(((8 + 4 * items.length) * 4) / 3));
  await page.getByRole('checkbox', { name: 'Show as a QR code' }).check();
  await expect(page.getByRole('img', { name: /QR code of your progress link/ })).toBeVisible();
});

test('export, clear, import: the ticks come back', async ({ page }) => {
  await page.goto('/whatsapp');
  await doneBox(page, whatsapp[1]!.title).check();
  await page.goto('/progress');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my progress' }).click(),
  ]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^messenger-checklist-progress-\d{4}-\d{2}-\d{2}\.json$/);

  await page.getByRole('button', { name: 'Clear all progress' }).click();
  await page.goto('/whatsapp');
  await expect(doneBox(page, whatsapp[1]!.title)).not.toBeChecked();

  await page.goto('/progress');
  await page.getByLabel('Restore from a file you downloaded').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace what is here' }).click();
  await page.goto('/whatsapp');
  await expect(doneBox(page, whatsapp[1]!.title)).toBeChecked();
});

test('"don\'t remember me" writes nothing to localStorage, however much is ticked', async ({ page }) => {
  await page.goto('/progress');
  await page.getByRole('checkbox', { name: 'Don’t remember me on this device' }).check();
  await page.goto('/whatsapp');
  await expect(page.getByRole('complementary', { name: 'Not remembering you' })).toBeVisible();
  for (const item of whatsapp.slice(0, 4)) await doneBox(page, item.title).check();
  await page.getByRole('checkbox', { name: `Doesn’t apply to me: ${whatsapp[5]!.title}` }).check();
  // Moving around inside the app keeps the ticks (only a reload or closing the tab drops them).
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your settings' })).toBeVisible();
  await page.getByRole('link', { name: 'WhatsApp', exact: true }).click();
  await expect(doneBox(page, whatsapp[0]!.title)).toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  await page.getByRole('button', { name: 'Forget everything here' }).click();
  await expect(doneBox(page, whatsapp[0]!.title)).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});
