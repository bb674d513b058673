// The route table is the one list of addresses: the router, the links, the prerender and the
// tests all come from it. These checks fail when they stop agreeing.
import { describe, expect, it } from 'vitest';
import { index } from 'virtual:checklist';
import { MESSENGER_IDS } from '../../src/content/messengers.ts';
import { LOCALES, splitLocale } from '../../src/i18n/locales.ts';
import { NOT_FOUND_URL, ROUTES, ROUTE_NAMES, matchRoute, paths, prerenderedPages } from '../../src/routing/routes.ts';

describe('the route table', () => {
  const pages = prerenderedPages();

  it('prerenders at least one page for every route', () => {
    for (const name of ROUTE_NAMES) expect(ROUTES[name].pages().length, name).toBeGreaterThan(0);
  });

  it('shows each prerendered page, in every language, with the route that lists it', () => {
    for (const page of pages.filter((candidate) => candidate.route !== 'notFound')) {
      const { locale, path } = splitLocale(page.url);
      expect(locale, page.url).toBe(page.locale);
      expect(matchRoute(path)?.name, page.url).toBe(page.route);
    }
  });

  it('writes each page to its own file, English at the addresses it always had', () => {
    expect(new Set(pages.map((page) => page.file)).size).toBe(pages.length);
    expect(new Set(pages.map((page) => page.url)).size).toBe(pages.length);
    expect(pages.find((page) => page.route === 'notFound')).toEqual({ url: NOT_FOUND_URL, route: 'notFound', file: '404.html', locale: 'en' });
    const item = pages.find((page) => page.route === 'item' && page.locale === 'en')!;
    expect(item.url).toMatch(/^\/(whatsapp|signal|telegram)\/[a-z-]+$/);
    expect(pages.find((page) => page.url === `/ar${item.url}`)).toEqual({ url: `/ar${item.url}`, route: 'item', file: `ar${item.url}/index.html`, locale: 'ar' });
    expect(pages.find((page) => page.url === '/es/')).toMatchObject({ route: 'home', file: 'es/index.html' });
    for (const locale of LOCALES) expect(pages.filter((page) => page.locale === locale && page.route !== 'notFound')).toHaveLength(pages.filter((page) => page.locale === 'en' && page.route !== 'notFound').length);
  });

  it('prerenders every item, every messenger, every recovery path and every change list', () => {
    const urls = new Set(pages.map((page) => page.url));
    for (const item of index) expect(urls).toContain(paths.item(item.messenger, item.id));
    expect(urls).toContain(paths.changes());
    for (const messenger of MESSENGER_IDS) {
      expect(urls).toContain(paths.messenger(messenger));
      expect(urls).toContain(paths.recovery(messenger));
      expect(urls).toContain(paths.changes(messenger));
    }
  });

  it('builds links that lead to their routes', () => {
    const [item] = index;
    expect(matchRoute(paths.item(item!.messenger, item!.id))?.name).toBe('item');
    expect(matchRoute(paths.messenger('signal'))?.name).toBe('messenger');
    expect(matchRoute(paths.recovery('telegram'))?.name).toBe('recoveryFor');
    expect(matchRoute(paths.workshopHandout())?.name).toBe('workshopHandout');
    expect(matchRoute(paths.changes())).toMatchObject({ name: 'changes', params: {} });
    expect(matchRoute(paths.changes('signal'))).toMatchObject({ name: 'changes', params: { messenger: 'signal' } });
    expect(matchRoute(paths.transfer())).toMatchObject({ name: 'transfer', params: {} });
  });

  it('builds addresses with optional parts left out', () => {
    expect(paths.changes()).toBe('/changes');
    expect(paths.changes('signal')).toBe('/changes/signal');
    expect(paths.recovery()).toBe('/recovery');
    expect(paths.item('whatsapp', 'two-step-verification')).toBe('/whatsapp/two-step-verification');
  });

  it('matches nothing deeper than an item', () => {
    expect(matchRoute('/signal/registration-lock/extra')).toBeUndefined();
  });
});
