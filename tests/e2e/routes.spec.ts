import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { items, openApp, pages, rtlTemplates, templates, watch } from './site.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// One test per route (not per page): pages of one route share a template, and the suite must
// not grow with every item. Every page is walked below, in one browser session. Each template
// runs in both directions: in English and in Arabic (right to left).
for (const { route, url } of [...templates, ...rtlTemplates]) {
  test(`the ${route} page (${url}) hydrates cleanly and passes axe in light and dark`, async ({ page }) => {
    const problems = watch(page);
    await openApp(page, url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Check what collapsed parts ("How we checked this") hold as well.
    await page.locator('details').evaluateAll((parts) => parts.forEach((part) => ((part as HTMLDetailsElement).open = true)));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations, `${scheme} scheme`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}

test('every prerendered page loads with its headers, a title and safe outside links, and hydrates without errors', async ({ page }) => {
  test.setTimeout(30_000 + pages.length * 3_000);
  const problems = watch(page);
  for (const { url } of pages) {
    const response = await openApp(page, url);
    expect(response?.status(), url).toBe(200);
    expect(response?.headers()['content-security-policy'], url).toContain("default-src 'none'");
    await expect(page.getByRole('heading', { level: 1 }), url).toBeVisible();
    await expect(page, url).toHaveTitle(/Messenger hardening checklist$/);
    const outside = await page.locator('a[href^="http"]').evaluateAll((links) =>
      links.filter((link) => link.getAttribute('target') !== '_blank' || link.getAttribute('rel') !== 'noopener noreferrer' || !link.textContent?.includes('(opens in a new tab)')).map((link) => link.getAttribute('href')),
    );
    expect(outside, `outside links without target, rel or notice on ${url}`).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('an item page shows its steps and vendor links on first load', async ({ page }) => {
  const item = items.find((candidate) => candidate.messenger === 'signal' && candidate.id === 'registration-lock')!;
  await page.goto(`/signal/${item.id}`);
  await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Steps' }).getByRole('listitem').first()).toBeVisible();
  for (const link of item.links) {
    await expect(page.getByRole('link', { name: `${link.title} (opens in a new tab)` })).toHaveAttribute('href', link.url);
  }
});

test('following links moves between screens without reloading and puts focus on the heading', async ({ page }) => {
  const problems = watch(page);
  await openApp(page, '/');
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await page.getByRole('link', { name: 'Telegram', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harden Telegram' })).toBeFocused();
  await expect(page).toHaveTitle('Harden Telegram · Messenger hardening checklist');
  const telegram = items.find((item) => item.messenger === 'telegram')!;
  await page.getByRole('link', { name: telegram.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: telegram.title })).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(problems).toEqual([]);
});

test('works with only a keyboard: skip link, then Tab to a step and Enter to open it', async ({ page }) => {
  await openApp(page, '/whatsapp');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  const first = items.find((item) => item.messenger === 'whatsapp')!;
  const link = page.getByRole('link', { name: first.title, exact: true });
  for (let presses = 0; presses < 40 && !(await link.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeFocused();
});

for (const route of ['/whatsapp/no-such-step', '/viber', '/signal/registration-lock/extra']) {
  test(`${route} answers 404 with the not-found page`, async ({ page }) => {
    const problems = watch(page);
    const response = await openApp(page, route);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'The checklist home page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Make your messenger account safer' })).toBeVisible();
    // Chromium logs the 404 of the document itself; that status is what this test asks for.
    const documentStatus = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';
    expect(problems.filter((problem) => problem !== documentStatus)).toEqual([]);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every route is readable, and nothing that needs JavaScript is shown as if it worked', async ({ page }) => {
    test.setTimeout(30_000 + pages.length * 1_000);
    for (const { url } of pages) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.js-only:visible')).toHaveCount(0);
      await expect(page.getByRole('checkbox')).toHaveCount(0);
    }
    await page.goto('/whatsapp');
    // Playwright's text queries skip <noscript>, so read what the browser laid out there.
    const note = await page.evaluate(() => {
      const paragraph = document.querySelector('noscript p');
      return paragraph && paragraph.getBoundingClientRect().height > 0 ? paragraph.textContent : null;
    });
    expect(note).toContain('Ticking steps off needs JavaScript.');
  });

  test('every item page is readable, with its steps and vendor links', async ({ page }) => {
    // One page after another in one browser page: a second each is plenty even on a busy machine.
    test.setTimeout(30_000 + items.length * 1_000);
    for (const item of items) {
      await page.goto(`/${item.messenger}/${item.id}`);
      await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Steps' }).locator('ol > li').first()).toBeVisible();
      await expect(page.getByRole('link', { name: `${item.links[0]!.title} (opens in a new tab)` })).toHaveAttribute('href', item.links[0]!.url);
    }
  });
});

test('"my account was taken over" is one click from the home page, before its screen has loaded', async ({ page }) => {
  await openApp(page, '/');
  await page.getByRole('link', { name: 'My account was taken over: what to do now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My account was taken over' })).toBeFocused();
  await page.getByRole('link', { name: 'WhatsApp', exact: true }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Get your WhatsApp account back' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Done: step 1' }).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Done: step 1' })).toBeChecked();
});

test('a link to a part of another page shows that part', async ({ page }) => {
  await openApp(page, '/');
  await page.getByRole('link', { name: 'CC BY-SA 4.0' }).click();
  await expect(page).toHaveURL(/\/about#licences$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Licences' })).toBeInViewport();
});

test('a menu path runs in the text direction: with dir="rtl" forced, its chevrons point the other way', async ({ page }) => {
  const hasPath = (value: unknown): boolean =>
    Array.isArray(value) ? value.some(hasPath) : Boolean(value && typeof value === 'object' && ((value as { type?: string }).type === 'path' || Object.values(value).some(hasPath)));
  const item = items.find((candidate) => hasPath(candidate.steps))!;
  await openApp(page, `/${item.messenger}/${item.id}`);
  /** For every chevron on the page: where it points (1 right, -1 left) and on which side the next label sits (on the same line). */
  const directions = async () => {
    const found = await page.locator('.menu-path-sep').evaluateAll((separators) =>
      separators.map((separator) => {
        const style = getComputedStyle(separator);
        const [a = 1, , c = 0] = /matrix\(([^)]+)\)/.exec(style.transform)?.[1]?.split(',').map(Number) ?? [];
        // The chevron is the corner where its two borders meet; the transform turns that corner.
        const x = parseFloat(style.borderRightWidth) > 0 ? 1 : -1;
        const y = parseFloat(style.borderTopWidth) > 0 ? -1 : 1;
        const box = separator.getBoundingClientRect();
        const next = separator.nextElementSibling!.getBoundingClientRect();
        const sameLine = Math.abs(next.top + next.height / 2 - (box.top + box.height / 2)) < next.height / 2;
        return sameLine ? `${Math.sign(Math.round(a * x + c * y))} ${Math.sign(next.left - box.left)}` : 'wrapped';
      }),
    );
    return new Set(found.filter((entry) => entry !== 'wrapped'));
  };
  expect(await directions()).toEqual(new Set(['1 1']));
  await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  expect(await directions()).toEqual(new Set(['-1 -1']));
});
