// The checklist in five languages: every page of every language as the server sends it (one
// HTTP walk, no browser per page), and in the browser what a person sees when they switch,
// come back, or arrive with a browser set to another language.
import { expect, test } from '@playwright/test';
import { LOCALES, LOCALE_INFO } from '../../src/i18n/locales.ts';
import { allPages, items, openApp, watch } from './site.ts';

test('every page of every language is served in its language and direction, with a title and a heading', async ({ request }) => {
  test.setTimeout(30_000 + allPages.length * 200);
  const problems: string[] = [];
  const titles = new Map<string, Set<string>>();
  for (const { url, locale } of allPages) {
    const response = await request.get(url);
    const html = await response.text();
    if (response.status() !== 200) problems.push(`${url}: status ${response.status()}`);
    if (!html.includes(`<html lang="${locale}" dir="${LOCALE_INFO[locale].dir}">`)) problems.push(`${url}: not lang="${locale}" dir="${LOCALE_INFO[locale].dir}"`);
    if (!/<h1[^>]*>[^<]+/.test(html)) problems.push(`${url}: no heading`);
    if (/<script(?![^>]*\ssrc=)/.test(html)) problems.push(`${url}: an inline script`);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    if (!titles.has(locale)) titles.set(locale, new Set());
    titles.get(locale)!.add(title);
  }
  expect(problems).toEqual([]);
  // Each language's pages have their own titles, not the English ones.
  const english = titles.get('en')!;
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const same = [...titles.get(locale)!].filter((title) => english.has(title));
    expect(same.length, `${locale} titles shared with English: ${same.join(' | ')}`).toBeLessThan(3);
  }
});

const item = items.find((candidate) => candidate.messenger === 'signal' && candidate.id === 'registration-lock')!;

test('the language menu opens the same step in another language, and a tick is kept across languages', async ({ page }) => {
  const problems = watch(page);
  await openApp(page, `/signal/${item.id}`);
  await page.getByRole('checkbox', { name: 'Mark as done' }).check();
  await page.locator('.site-lang summary').click();
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/signal/${item.id}$`));
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(item.title);
  await expect(page.locator('input[type="checkbox"]').first()).toBeChecked();
  expect(problems).toEqual([]);
});

test('a link on a Spanish page opens its page in Spanish, in the app, without loading the page again', async ({ page }) => {
  const problems = watch(page);
  await openApp(page, '/es/');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole('navigation').getByRole('link', { name: 'Signal', exact: true }).first().click();
  await expect(page).toHaveURL(/\/es\/signal$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signal');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // And on, to a step: its words are Spanish too.
  await page.getByRole('link', { name: /PIN/ }).first().click();
  await expect(page).toHaveURL(/\/es\/signal\/[a-z-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(items.find((i) => page.url().endsWith(`/${i.messenger}/${i.id}`))?.title ?? '');
  expect(problems).toEqual([]);
});

test("a vendor link on a Spanish page opens the vendor's Spanish page in a new tab", async ({ page }) => {
  await openApp(page, `/es/signal/${item.id}`);
  const links = page.locator('a[href^="https://support.signal.org/hc/es/"]');
  await expect(links.first()).toHaveAttribute('target', '_blank');
  await expect(links.first()).toHaveAttribute('rel', 'noopener noreferrer');
});

test.describe('with a browser that asks for Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the English home page offers the Spanish one, once, and never moves on its own', async ({ page }) => {
    await openApp(page, '/');
    await expect(page).toHaveURL(/\/$/);
    const offer = page.getByRole('region', { name: 'Idioma' });
    await expect(offer).toBeVisible();
    await offer.getByRole('button').click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
    await expect(page.getByRole('region', { name: 'Idioma' })).toHaveCount(0);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('an Arabic step is readable right to left, with its steps, and the other languages one link away', async ({ page }) => {
    await page.goto(`/ar/signal/${item.id}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main ol li').first()).toBeVisible();
    // Without JavaScript the header's language menu still opens (a disclosure) and links to the same step.
    await page.locator('.site-lang summary').click();
    await expect(page.locator('.site-lang a[hreflang="en"]')).toHaveAttribute('href', `/signal/${item.id}`);
  });
});
