// On a phone, a step page starts with the steps: the first numbered step ends on the first
// screen and the tick controls on the second, on every item page, as a newcomer sees it (no
// saved preferences: the prerendered view). After long steps the tick controls stay at the
// bottom of the screen until they come to rest under the steps; both places are measured.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { items, openApp, pages } from './site.ts';

const PHONE = { width: 390, height: 844 };
const itemPages = pages.filter((page) => page.route === 'item');

interface Positions {
  url: string;
  /** Bottom of the first numbered step, from the top of the page (px). */
  firstStep: number;
  /** Top and bottom of the tick controls as the page opens, from the top of the page (px). */
  ticksTop: number;
  ticks: number;
  /** Bottom of the tick controls where they rest under the steps (px). */
  ticksAtRest: number;
}

/** An element's box, measured from the top of the page. */
const box = (locator: Locator) =>
  locator.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { top: Math.round(top + window.scrollY), bottom: Math.round(bottom + window.scrollY) };
  });

test.use({ viewport: PHONE });

test('every step page shows its first step on the first phone screen and the tick controls on the second', async ({ page }) => {
  test.setTimeout(30_000 + itemPages.length * 5_000);
  expect(itemPages.length).toBeGreaterThan(0);
  const measured: Positions[] = [];
  for (const { url } of itemPages) {
    await openApp(page, url);
    const firstStep = page.getByRole('region', { name: 'Steps' }).locator('ol > li').first();
    const controls = page.getByRole('region', { name: 'Your progress' });
    // Both tick boxes, with their labels: a person taps the whole line.
    const ticks = controls.locator('label').filter({ has: page.getByRole('checkbox') });
    await expect(firstStep, url).toBeVisible();
    await expect(controls.getByRole('checkbox', { name: 'Mark as done' }), url).toBeVisible();
    await expect(controls.getByRole('checkbox', { name: 'Doesn’t apply to me' }), url).toBeVisible();
    const boxes = await Promise.all((await ticks.all()).map(box));
    const step = await box(firstStep);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const rest = await Promise.all((await ticks.all()).map(box));
    measured.push({
      url,
      firstStep: step.bottom,
      ticksTop: Math.min(...boxes.map((one) => one.top)),
      ticks: Math.max(...boxes.map((one) => one.bottom)),
      ticksAtRest: Math.max(...rest.map((one) => one.bottom)),
    });
  }
  const worst = (key: 'firstStep' | 'ticks' | 'ticksAtRest') => measured.reduce((a, b) => (b[key] > a[key] ? b : a));
  const kept = measured.filter((one) => one.ticksAtRest > one.ticks);
  const report = [
    `first step ends at most at ${worst('firstStep').firstStep} px (${worst('firstStep').url}), limit ${PHONE.height}`,
    `tick controls end at most at ${worst('ticks').ticks} px as the page opens (${worst('ticks').url}), limit ${2 * PHONE.height}`,
    `tick controls rest under the steps at most at ${worst('ticksAtRest').ticksAtRest} px (${worst('ticksAtRest').url})`,
    `kept at the bottom of the screen while the steps are read: ${kept.map((one) => one.url).join(', ') || 'none'}`,
  ];
  console.log(`Step pages at ${PHONE.width}×${PHONE.height}, ${measured.length} pages:\n  ${report.join('\n  ')}`);
  test.info().annotations.push(...report.map((description) => ({ type: 'measured', description })));
  expect(measured.filter((one) => one.firstStep > PHONE.height).map((one) => `${one.url}: first step ends at ${one.firstStep}`)).toEqual([]);
  // Nothing covers the first step: tick controls kept on screen sit below it.
  expect(measured.filter((one) => one.firstStep > one.ticksTop).map((one) => `${one.url}: tick controls cover the first step`)).toEqual([]);
  expect(measured.filter((one) => one.ticks > 2 * PHONE.height).map((one) => `${one.url}: tick controls end at ${one.ticks}`)).toEqual([]);
});

// A page whose steps differ by platform: the other platforms' steps are folded away.
const folded = items.find((item) => {
  const [first, ...others] = item.steps.filter((group) => group.platforms.length).map((group) => group.platforms);
  return first && others.some((platforms) => !platforms.some((platform) => first.includes(platform)));
})!;

test('a step page with folded platforms, before and after ticking, passes axe; the link to the next step is big enough to tap', async ({ page }) => {
  test.setTimeout(120_000);
  const url = `/${folded.messenger}/${folded.id}`;
  await openApp(page, url);
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect((await axe()).violations, url).toEqual([]);
  const controls = page.getByRole('region', { name: 'Your progress' });
  await controls.getByRole('checkbox', { name: 'Mark as done' }).check();
  const next = controls.getByRole('status').getByRole('link');
  await expect(next).toBeVisible();
  expect((await next.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect((await axe()).violations, `${url}, ticked`).toEqual([]);
});

test('a person who chose their platforms sees only those steps when a step page opens from its address, and ticks it', async ({ page }) => {
  // Saved earlier in Settings: only the platform of the page's last group of steps. The page
  // is prerendered with every platform; the choice arrives with the progress, after it opens.
  const item = items.find((one) => one.messenger === 'telegram' && one.id === 'active-sessions')!;
  const [first, ...others] = item.steps.map((group) => group.platforms);
  const mine = others.at(-1)![0]!;
  const names = { android: 'Android', iphone: 'iPhone', desktop: 'Desktop' } as const;
  await page.addInitScript((platform) => {
    const state = { items: {}, preferences: { messengers: [], platforms: [platform], at: new Date().toISOString() } };
    localStorage.setItem('mhc:progress', JSON.stringify({ state, version: 1 }));
  }, mine);
  await openApp(page, `/${item.messenger}/${item.id}`);
  const steps = page.getByRole('region', { name: 'Steps' });
  const hidden = item.platforms.filter((platform) => platform !== mine).map((platform) => names[platform]);
  await expect(steps.getByRole('checkbox', { name: new RegExp(`^Also show steps and links for ${hidden.join('.*')}`) })).not.toBeChecked();
  await expect(steps).toContainText(`(you chose ${names[mine]} in your settings).`);
  await expect(steps.getByRole('heading', { level: 3, name: first!.map((platform) => names[platform]).join(' and ') })).toHaveCount(0);
  // Ticks as it does for a newcomer, and the choice stays.
  const progress = page.getByRole('region', { name: 'Your progress' });
  await progress.getByRole('checkbox', { name: 'Mark as done' }).check();
  await expect(progress.getByText('You marked this done today.')).toBeVisible();
  await expect(steps).toContainText(`(you chose ${names[mine]} in your settings).`);
});
