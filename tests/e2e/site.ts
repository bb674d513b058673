// What the e2e tests need to know about the site: every route, from the same content the build used.
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/compiler/compile.ts';
import { loadContentFiles } from '../../src/compiler/load.ts';
import { MESSENGER_IDS } from '../../src/content/messengers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const { items } = compile(await loadContentFiles(root));

export const routes: string[] = [
  '/',
  '/about',
  '/settings',
  '/progress',
  '/restore',
  '/recovery',
  '/workshop',
  ...MESSENGER_IDS.map((messenger) => `/recovery/${messenger}`),
  ...MESSENGER_IDS.map((messenger) => `/${messenger}`),
  ...items.map((item) => `/${item.messenger}/${item.id}`),
];

/** Opens `url` and waits until the app has taken over the prerendered page. */
export async function openApp(page: import('@playwright/test').Page, url: string) {
  const response = await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  return response;
}
