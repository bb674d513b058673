// How long a tick takes to show on a slow phone: a messenger page under 4× CPU throttling,
// one click on a step's "Done" box, timed to the next paint by the Event Timing API (what INP
// measures). The figure is reported, not enforced: this machine is shared and noisy, so the
// test asserts only that a measurement was taken and the box is checked. Goal: under 100 ms.
import { expect, test } from '@playwright/test';
import { items, openApp, pages } from './site.ts';

const GOAL_MS = 100;
const messengerPage = pages.find((page) => page.route === 'messenger')!;
const step = items.find((item) => messengerPage.url === `/${item.messenger}`)!;

declare global {
  interface Window {
    /** Event Timing entries of interactions (pointerdown, pointerup, click) seen by the observer. */
    __interactions?: { name: string; duration: number; interactionId: number }[];
    /** From the click's timestamp to the first frame after the box changed, measured by hand. */
    __frameAfterChange?: number;
  }
}

test(`a tick shows within ${GOAL_MS} ms under 4× CPU throttling (reported, not enforced)`, async ({ page }, testInfo) => {
  test.setTimeout(20_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await openApp(page, messengerPage.url);
  const box = page.getByRole('checkbox', { name: `Done: ${step.title}` });
  await expect(box).not.toBeChecked();

  await page.evaluate(() => {
    window.__interactions = [];
    // durationThreshold 16 is the lowest the API allows (TypeScript's DOM types do not know it yet).
    const options: PerformanceObserverInit & { durationThreshold: number } = { type: 'event', durationThreshold: 16 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId) window.__interactions!.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId });
      }
    }).observe(options);
    // A second measure that needs no Event Timing: the click's timestamp to the frame after the change.
    let clickedAt = 0;
    document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    document.addEventListener(
      'change',
      () => requestAnimationFrame(() => setTimeout(() => (window.__frameAfterChange = performance.now() - clickedAt))),
      { once: true },
    );
  });

  await box.click();
  await expect(box).toBeChecked();
  // Entries arrive after the paint; an interaction faster than 16 ms leaves none, so give up after a while.
  await page
    .waitForFunction(() => window.__interactions!.some((entry) => entry.name === 'click') && window.__frameAfterChange !== undefined, null, { timeout: 3000 })
    .catch(() => undefined);
  const { interactions, frame } = await page.evaluate(() => ({ interactions: window.__interactions ?? [], frame: window.__frameAfterChange }));

  // An interaction's duration is its longest event's, as INP counts it.
  const eventTiming = interactions.length > 0 ? Math.max(...interactions.map((entry) => entry.duration)) : undefined;
  const [ms, how] =
    eventTiming !== undefined
      ? [eventTiming, 'Event Timing duration']
      : frame !== undefined
        ? [frame, 'click to the frame after the change; no Event Timing entry, so the interaction took under 16 ms']
        : [undefined, 'no measurement'];
  expect(ms, 'a tick response was measured').toBeDefined();
  const line = `tick response under 4x CPU throttling: ${Math.round(ms!)} ms (${how})${frame !== undefined ? `; click to next frame ${Math.round(frame)} ms` : ''}; goal under ${GOAL_MS} ms${ms! < GOAL_MS ? ' met' : ': missed (reported, not enforced)'} (${messengerPage.url})`;
  console.log(line);
  testInfo.annotations.push({ type: 'tick response', description: line });
});
