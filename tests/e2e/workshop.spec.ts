import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { encode } from 'uqr';
import { PLATFORM_IDS } from '../../src/content/messengers.ts';
import { itemKey } from '../../src/content/item-number.ts';
import { encodePlan } from '../../src/features/workshop/plan-codec.ts';
import { items, openApp } from './site.ts';

test('a trainer plans a workshop and a participant in a fresh browser sees exactly those steps', async ({ page, browser }) => {
  await openApp(page, '/workshop');
  await page.getByRole('checkbox', { name: 'Telegram', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: /^Relay all Signal calls/ }).check();
  await expect(page.getByRole('list', { name: 'The plan, in order' }).getByRole('listitem').last()).toContainText('Relay all Signal calls');
  const planned = await page.getByRole('list', { name: 'The plan, in order' }).getByRole('listitem').allTextContents();
  const titles = planned.map((text) => text.replace(/ \((WhatsApp|Signal|Telegram)[,)].*$/, ''));
  const link = await page.getByLabel('Workshop link', { exact: true }).inputValue();
  // The code is worked out once it comes near the screen, as a person scrolls to it.
  await page.getByLabel('Workshop link', { exact: true }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('img', { name: 'QR code of the workshop link' })).toBeVisible();

  const participant = await (await browser.newContext()).newPage();
  await participant.goto(link);
  await expect(participant.getByRole('heading', { level: 2 })).toHaveText(titles);
  await participant.getByRole('checkbox', { name: `Done: ${titles[0]}` }).check();
  await participant.reload();
  await expect(participant.getByRole('checkbox', { name: `Done: ${titles[0]}` })).toBeChecked();
});

/** Every item for every platform: the most any slide has to hold, at the largest size that fits. */
const everything = encodePlan({ items: items.map((item) => itemKey(item.messenger, item.id)), platforms: [...PLATFORM_IDS] });
const KEYS_FORWARD = ['ArrowRight', 'PageDown', 'Space'];

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
] as const) {
  test(`at ${width}×${height} every slide shows its whole step and the controls without scrolling`, async ({ page }) => {
    test.setTimeout(30_000 + items.length * 1_000);
    await page.setViewportSize({ width, height });
    await openApp(page, `/workshop/present#${everything}`);
    const sizes: number[] = [];
    for (const [position, item] of items.entries()) {
      await expect(page.getByRole('status')).toHaveText(`Step ${position + 1} of ${items.length}`);
      const slide = page.getByRole('region', { name: item.title });
      await expect(slide).toBeVisible();
      const layout = await slide.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const controls = [...document.querySelectorAll('[aria-label="Presenter controls"] :is(button, a)')].map((control) => control.getBoundingClientRect());
        return {
          page: { scrollHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth },
          slide: { scrollHeight: element.scrollHeight, clientHeight: element.clientHeight, scrollWidth: element.scrollWidth, clientWidth: element.clientWidth },
          box: { top: box.top, left: box.left, bottom: box.bottom, right: box.right },
          controls: controls.map((control) => ({ top: control.top, left: control.left, bottom: control.bottom, right: control.right })),
          fontSize: parseFloat(getComputedStyle(element).fontSize),
        };
      });
      const where = `${item.messenger}/${item.id} at ${width}×${height}`;
      expect(layout.page.scrollHeight, `${where}: the page scrolls`).toBeLessThanOrEqual(height);
      expect(layout.page.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(width);
      expect(layout.slide.scrollHeight, `${where}: the step is cut off`).toBeLessThanOrEqual(layout.slide.clientHeight);
      expect(layout.slide.scrollWidth, `${where}: the step is cut off at the side`).toBeLessThanOrEqual(layout.slide.clientWidth);
      expect(layout.box.top).toBeGreaterThanOrEqual(0);
      expect(layout.box.left).toBeGreaterThanOrEqual(0);
      expect(layout.box.right).toBeLessThanOrEqual(width);
      expect(layout.controls).toHaveLength(4);
      for (const control of layout.controls) {
        expect(control.top, `${where}: a control below the step`).toBeGreaterThanOrEqual(layout.box.bottom);
        expect(control.left).toBeGreaterThanOrEqual(0);
        expect(control.right).toBeLessThanOrEqual(width);
        expect(control.bottom).toBeLessThanOrEqual(height);
      }
      sizes.push(layout.fontSize);
      await page.keyboard.press(KEYS_FORWARD[position % KEYS_FORWARD.length]!);
    }
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    test.info().annotations.push({ type: 'type size', description: `${width}×${height}: ${Math.min(...sizes)} to ${Math.max(...sizes)} px` });
  });
}

test('the first step of a plan opens in large type on a projector, with reduced motion too', async ({ browser }) => {
  // The slide is sized once it is laid out; a slide measured too early kept the smallest type.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  // The planner's starting plan (the essentials), as a trainer opens it.
  await openApp(page, '/workshop');
  const present = await page.locator('a[href*="/workshop/present"]').first().getAttribute('href');
  await openApp(page, present!);
  const slide = page.locator('.slide');
  await expect.poll(() => slide.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)), { timeout: 10_000 }).toBeGreaterThanOrEqual(24);
  await context.close();
});

test('Q shows the workshop QR code over the slide, and its printed address opens the same plan', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '/workshop');
  const plan = page.getByRole('list', { name: 'The plan, in order' });
  await expect(plan.getByRole('listitem').first()).toBeVisible();
  const titles = (await plan.getByRole('listitem').allTextContents()).map((text) => text.replace(/ \((WhatsApp|Signal|Telegram)[,)].*$/, ''));
  await page.getByRole('link', { name: 'Open the presenter view' }).click();
  await expect(page.getByRole('heading', { level: 2, name: titles[0] })).toBeVisible();

  const focused = () => page.evaluate(() => document.activeElement?.outerHTML);
  const before = await focused();
  await page.keyboard.press('q');
  const dialog = page.getByRole('dialog', { name: 'Workshop QR code' });
  const qr = dialog.getByRole('img', { name: 'QR code of the workshop link' });
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(300);
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  const onTop = await qr.evaluate((svg) => {
    const { x, y, width, height } = svg.getBoundingClientRect();
    return document.elementFromPoint(x + width / 2, y + height / 2)?.closest('svg') === svg;
  });
  expect(onTop).toBe(true);
  const address = (await dialog.getByText(/\/workshop\/join#/).textContent())!;
  // The code holds the printed address itself (with its scheme): the same dark modules.
  const { data } = encode(`http://${address}`, { ecc: 'M', border: 4 });
  const modules = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  await expect(qr.locator('path')).toHaveAttribute('d', modules);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(focused).toBe(before);

  const participant = await (await browser.newContext()).newPage();
  await participant.goto(`http://${address}`);
  await expect(participant.getByRole('heading', { level: 2 })).toHaveText(titles);
});

test('the printed handout contains every planned step, and no page is blank', async ({ page }) => {
  await openApp(page, '/workshop');
  const plan = page.getByRole('list', { name: 'The plan, in order' });
  await expect(plan.getByRole('listitem').first()).toBeVisible();
  const titles = (await plan.getByRole('listitem').allTextContents()).map((text) =>
    text.replace(/ \((WhatsApp|Signal|Telegram)[,)].*$/, ''),
  );
  await page.getByRole('link', { name: 'Open the printable handout' }).click();
  await expect(page.getByRole('heading', { name: 'Checklist handout' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^QR code of / })).toHaveCount(titles.length);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'handout-'));
  writeFileSync(join(dir, 'handout.pdf'), pdf);
  const pages = execFileSync('pdftotext', ['-layout', join(dir, 'handout.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((text, i, all) => i < all.length - 1 || text.trim());
  const text = pages.join('\n').replace(/\s+/g, ' ');
  for (const title of titles) expect(text).toContain(title);
  for (const [number, content] of pages.entries()) expect(content.trim().length, `page ${number + 1}`).toBeGreaterThan(0);
  test.info().annotations.push({ type: 'handout', description: `${titles.length} steps on ${pages.length} pages` });
});

const essentials = encodePlan({
  items: items.filter((item) => item.priority === 'essential').map((item) => itemKey(item.messenger, item.id)),
  platforms: [...PLATFORM_IDS],
});

for (const path of ['/workshop/join', '/workshop/present', '/workshop/handout']) {
  test(`the ${path} page of a plan passes axe in both colour schemes`, async ({ page }) => {
    test.setTimeout(60_000);
    await openApp(page, `${path}#${essentials}`);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const check = async (what: string) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations, `${what} in the ${scheme} scheme`).toEqual([]);
      }
    };
    await check(path);
    if (path === '/workshop/present') {
      await page.keyboard.press('q');
      await expect(page.getByRole('img', { name: 'QR code of the workshop link' })).toBeVisible();
      await check(`${path} with the QR code shown`);
    }
  });
}
