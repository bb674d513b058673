import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openApp } from './site.ts';

test('a trainer plans a workshop and a participant in a fresh browser sees exactly those steps', async ({ page, browser }) => {
  await openApp(page, '/workshop');
  await page.getByRole('checkbox', { name: 'Telegram', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: /^Relay all Signal calls/ }).check();
  await expect(page.getByRole('list', { name: 'The plan, in order' }).getByRole('listitem').last()).toContainText('Relay all Signal calls');
  const planned = await page.getByRole('list', { name: 'The plan, in order' }).getByRole('listitem').allTextContents();
  const titles = planned.map((text) => text.replace(/ \((WhatsApp|Signal|Telegram)[,)].*$/, ''));
  const link = await page.getByLabel('Workshop link', { exact: true }).inputValue();
  await expect(page.getByRole('img', { name: 'QR code of the workshop link' })).toBeVisible();

  const participant = await (await browser.newContext()).newPage();
  await participant.goto(link);
  await expect(participant.getByRole('heading', { level: 2 })).toHaveText(titles);
  await participant.getByRole('checkbox', { name: `Done: ${titles[0]}` }).check();
  await participant.reload();
  await expect(participant.getByRole('checkbox', { name: `Done: ${titles[0]}` })).toBeChecked();
});

test('the presenter view moves with the arrow keys', async ({ page }) => {
  await openApp(page, '/workshop');
  await page.getByRole('link', { name: 'Open the presenter view' }).click();
  await expect(page.getByText(/^Step 1 of \d+/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Step 2 of \d+/)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/^Step 1 of \d+/)).toBeVisible();
  await page.keyboard.press('q');
  await expect(page.getByRole('img', { name: 'QR code of the workshop link' })).toBeVisible();
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

test('the participant, presenter and handout pages pass axe in both colour schemes', async ({ page }) => {
  await openApp(page, '/workshop');
  const link = await page.getByLabel('Workshop link', { exact: true }).inputValue();
  const fragment = new URL(link).hash;
  for (const path of ['/workshop/join', '/workshop/present', '/workshop/handout']) {
    await openApp(page, `${path}${fragment}`);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations, `${path} in the ${scheme} scheme`).toEqual([]);
    }
  }
});
