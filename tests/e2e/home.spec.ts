// The first phone screen (390×844): what a newcomer and a returning person see on the home
// page, the essentials on each messenger page, and no layout shift when progress loads.
import { expect, test, type Locator } from '@playwright/test';
import { MESSENGER_IDS } from '../../src/content/messengers.ts';
import { PRIORITIES } from '../../src/content/vocabulary.ts';
import { items, layoutShifts, openApp, watch, watchLayoutShifts } from './site.ts';

const SCREEN = { width: 390, height: 844 };
test.use({ viewport: SCREEN });

/** A messenger's items in the order its list shows them: priority, then the content's order. */
const listOf = (messenger: string) =>
  items
    .filter((item) => item.messenger === messenger)
    .sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || a.order - b.order);
const essentialsOf = (messenger: string) => listOf(messenger).filter((item) => item.priority === 'essential');

async function onFirstScreen(locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.y + box.height, `${what} ends within the first screen`).toBeLessThanOrEqual(SCREEN.height);
}

test('a newcomer sees what this is, the three messengers and the takeover help on the first phone screen, and nothing shifts', async ({ page }) => {
  const problems = watch(page);
  await watchLayoutShifts(page);
  await openApp(page, '/');
  await onFirstScreen(page.getByRole('heading', { level: 1 }), 'the heading');
  await onFirstScreen(page.getByText(/harder for others to take over your WhatsApp, Signal or Telegram account/), 'what this is');
  await onFirstScreen(page.getByRole('link', { name: 'My account was taken over: what to do now' }), 'the takeover help');
  const list = page.getByRole('list', { name: 'Choose a messenger' });
  for (const messenger of MESSENGER_IDS) {
    const card = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(`^${messenger}$`, 'i') }) });
    await expect(card).toContainText(`${essentialsOf(messenger).length} essential steps, about`);
    await onFirstScreen(card, `the ${messenger} card`);
  }
  await page.waitForTimeout(500);
  expect(await layoutShifts(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a returning person sees Continue to their next essential step on the first phone screen, without a layout shift', async ({ page }) => {
  const problems = watch(page);
  const [first, second] = essentialsOf('signal');
  // Saved progress from an earlier visit: the first Signal essential done, Signal and Telegram chosen.
  await page.addInitScript(
    ({ key, revision }) => {
      const at = new Date().toISOString();
      const state = { items: { [key]: { status: 'done', at, revision } }, preferences: { messengers: ['signal', 'telegram'], platforms: [], at } };
      localStorage.setItem('mhc:progress', JSON.stringify({ state, version: 1 }));
    },
    { key: `signal/${first!.id}`, revision: first!.revision },
  );
  await watchLayoutShifts(page);
  await openApp(page, '/');
  const next = page.getByRole('link', { name: `Continue: ${second!.title}` });
  await onFirstScreen(next, 'Continue');
  await expect(next).toHaveAttribute('href', `/signal/${second!.id}`);
  expect((await next.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  const signal = page.getByRole('list', { name: 'Choose a messenger' }).getByRole('listitem').nth(MESSENGER_IDS.indexOf('signal'));
  await onFirstScreen(signal.getByText(`1 of ${essentialsOf('signal').length} essentials done`), 'Signal’s essentials done');
  await onFirstScreen(page.getByRole('link', { name: 'My account was taken over: what to do now' }), 'the takeover help');
  await page.waitForTimeout(500);
  expect(await layoutShifts(page)).toEqual([]);

  await next.click();
  await expect(page.getByRole('heading', { level: 1, name: second!.title })).toBeFocused();
  expect(problems).toEqual([]);
});

test('every messenger page shows its first essential step on the first phone screen, with the filters behind one button', async ({ page }) => {
  for (const messenger of MESSENGER_IDS) {
    await openApp(page, `/${messenger}`);
    const [first] = essentialsOf(messenger);
    await onFirstScreen(page.getByRole('link', { name: first!.title, exact: true }), `${messenger}: ${first!.title}`);
    await expect(page.getByRole('combobox')).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Filter steps' }).click();
  await page.getByRole('combobox', { name: 'Priority' }).selectOption('advanced');
  await expect(page).toHaveURL(/\?priority=advanced$/);
  await expect(page.getByRole('button', { name: 'Filter steps (1 on)' })).toHaveAttribute('aria-expanded', 'true');
});
