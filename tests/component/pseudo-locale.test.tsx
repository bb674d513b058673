// The pseudo-locale: proves that no interface text is hard-coded in English. Every English
// message is replaced by the same message with its letters swapped for accented look-alikes
// (a → á, B → Ɓ, …), and so is every word of the content, so a page rendered from catalogs and
// content alone has no plain ASCII letter left. What still has one was written in the code.
// Each route is rendered whole and every text node and label (aria-label, title, alt,
// placeholder) is checked; a failure lists the hard-coded strings of that route.
import { act, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadMessages } from 'virtual:messages';
import { SOURCE_DOCUMENTS } from '../../src/content/labels.ts';
import { encodePlan } from '../../src/features/workshop/plan-codec.ts';
import type { CompiledMessages, MessageNode } from '../../src/i18n/format.ts';
import { addMessages } from '../../src/i18n/i18n.tsx';
import { LOCALES, LOCALE_INFO } from '../../src/i18n/locales.ts';
import { useProgress } from '../../src/store/browser.ts';
import { encodeLink } from '../../src/store/link-codec.ts';
import { emptyProgress, type ProgressData } from '../../src/store/schema.ts';
import { renderApp, resetProgress } from './render-app.tsx';

const pseudo = vi.hoisted(() => {
  const LOOK_ALIKES: Record<string, string> = {
    a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
    n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
    A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
    N: 'Ñ', O: 'Ó', P: 'Ṕ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
  };
  const text = (value: string) => value.replace(/[A-Za-z]/g, (letter) => LOOK_ALIKES[letter]!);

  /**
   * Content fields that are identifiers or data, not words a reader sees as text: kept as
   * they are, with everything under them (ids, enums, dates, addresses, file paths, the English
   * label beside a translated one, recovery step ids).
   */
  const DATA_KEYS = new Set([
    'id', 'messenger', 'priority', 'type', 'url', 'href', 'host', 'thirdParty', 'file', 'platform', 'platforms',
    'threats', 'sources', 'reviewed', 'read', 'date', 'source', 'locale', 'status', 'translated', 'recoverySteps', 'en',
  ]);

  /** Every string of a piece of content made pseudo, but for data fields and code (`{ type: 'code' }`, shown in <code>). */
  function content<T>(value: T): T {
    if (typeof value === 'string') return text(value) as T;
    if (Array.isArray(value)) return value.map(content) as T;
    if (value === null || typeof value !== 'object') return value;
    const node = value as Record<string, unknown>;
    if (node.type === 'code') return value;
    // Keys are data too (a glossary record's keys are term ids): only values change.
    return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, DATA_KEYS.has(key) ? inner : content(inner)])) as T;
  }

  /** A compiled message with every literal made pseudo; arguments, plural and select keys and tag names stay. */
  function message(nodes: readonly MessageNode[]): MessageNode[] {
    return nodes.map((node): MessageNode => {
      if (typeof node === 'string') return text(node);
      if (node === 0 || node.length === 1) return node;
      if (node[1] === 3) return [node[0], 3, message(node[2])];
      return [node[0], node[1], Object.fromEntries(Object.entries(node[2]).map(([key, form]) => [key, message(form)]))];
    });
  }

  return { text, content, message };
});

vi.mock('virtual:checklist', async (importOriginal) => {
  const original = await importOriginal<typeof import('virtual:checklist')>();
  return {
    ...original,
    loadEntries: async (...args: Parameters<typeof original.loadEntries>) => pseudo.content(await original.loadEntries(...args)),
    loadMessenger: async (...args: Parameters<typeof original.loadMessenger>) => pseudo.content(await original.loadMessenger(...args)),
    loadItem: async (...args: Parameters<typeof original.loadItem>) => pseudo.content(await original.loadItem(...args)),
  };
});

// "What changed" reads the change log from a module of its own: its titles and notes are content too.
vi.mock('virtual:checklist/changes', async (importOriginal) => {
  const original = await importOriginal<typeof import('virtual:checklist/changes')>();
  return { ...original, changes: pseudo.content(original.changes) };
});

/**
 * Lists come from `Intl.ListFormat` in the page's language ("Android and iPhone"): its words
 * are made pseudo too, so an "and" written in the code still shows. Lists the build formatted
 * (src/i18n/prepared.ts) are left out here, so every list goes through it.
 */
vi.mock('../../src/i18n/prepared.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/i18n/prepared.ts')>();
  return { ...original, preparedText: (...args: Parameters<typeof original.preparedText>) => (args[0] === 'list' ? undefined : original.preparedText(...args)) };
});
const RealListFormat = Intl.ListFormat;
class PseudoListFormat extends RealListFormat {
  override format(list: Iterable<string>): string {
    return this.formatToParts(list)
      .map((part) => (part.type === 'literal' ? pseudo.text(part.value) : part.value))
      .join('');
  }
}
beforeAll(() => {
  Object.defineProperty(Intl, 'ListFormat', { value: PseudoListFormat, configurable: true, writable: true });
});
afterAll(() => {
  Object.defineProperty(Intl, 'ListFormat', { value: RealListFormat, configurable: true, writable: true });
});

beforeAll(async () => {
  // setup.ts has loaded the English messages; these override them for the rest of this file
  // (the loader's modules are virtual:messages/en/shell and virtual:messages/en/app).
  for (const part of ['shell', 'app'] as const) {
    const english: CompiledMessages = await loadMessages('en', part);
    addMessages('en', Object.fromEntries(Object.entries(english).map(([key, nodes]) => [key, pseudo.message(nodes)])));
  }
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What may keep ASCII letters because it is the same in every language or does not come from
 * a catalog by design: names of apps, platforms and features, abbreviations and licence names;
 * English month names from `Intl.DateTimeFormat('en-GB')` (the page's language is still English
 * under the pseudo words); each language's name in itself and its code (the language menu); the
 * titles and authors of the English source documents, cited as they are (marked lang="en" on
 * other languages' pages, which an English page cannot show).
 */
const ALLOWED_WORDS = [
  'WhatsApp', 'Signal', 'Telegram', 'iPhone', 'Android', 'Face ID', 'Touch ID', 'PIN', 'SMS', 'QR', 'URL', 'JSON',
  'CC BY-SA', 'MIT',
  ...Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month, 1))),
  ...LOCALES.flatMap((locale) => [LOCALE_INFO[locale].name, locale.toUpperCase()]),
  ...Object.values(SOURCE_DOCUMENTS).flatMap((document) => [document.title, document.author]),
];
const allowed = new RegExp(`(?<![A-Za-z])(?:${[...new Set(ALLOWED_WORDS)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![A-Za-z])`, 'g');
/** Addresses and file names (`https://faq.whatsapp.com/…`, `support.signal.org`, `changes.atom`): data, not words. */
const ADDRESS = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?/g;

/**
 * Text that is exempt as a whole: marked as another language on purpose (English evidence and
 * labels, each language's link in the language menu), code, or a date (`Intl`).
 */
const EXEMPT = '[lang], code, time, script, style';
const LABEL_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];

/** Every piece of text a reader sees or hears on the page that still holds an ASCII letter. */
function hardCoded(): string[] {
  const found: string[] = [];
  const check = (where: string, value: string | null) => {
    if (value && /[A-Za-z]/.test(value.replace(ADDRESS, '').replace(allowed, ''))) found.push(`${where}: ${JSON.stringify(value.trim())}`);
  };
  check('document title', document.title);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (!node.parentElement?.closest(EXEMPT)) check(`text in <${node.parentElement?.localName}>`, node.data);
    } else if (node instanceof Element && !node.closest(EXEMPT)) {
      for (const name of LABEL_ATTRIBUTES) check(`${name} of <${node.localName}>`, node.getAttribute(name));
    }
  }
  return [...new Set(found)];
}

async function expectNoHardCodedText(url: string) {
  await renderApp(url);
  // The page rendered in the pseudo-locale: its heading has look-alikes, not an error or an empty screen.
  const [heading] = screen.getAllByRole('heading', { level: 1 });
  expect(heading!.textContent).toMatch(/[^ -~\s]/);
  // …and is checked: the page's own text is never inside an element that exempts it.
  expect(heading!.closest(EXEMPT)).toBeNull();
  const found = hardCoded();
  expect(found, `Hard-coded English on ${url} (move it into a catalog, src/i18n/messages/<locale>/<area>.json):\n  ${found.join('\n  ')}\n`).toEqual([]);
}

const plan = encodePlan({ items: ['signal/registration-lock', 'whatsapp/linked-devices', 'telegram/active-sessions'], platforms: ['android', 'iphone'] });

/** One address of every route template, and the not-found page. */
const ROUTES = [
  '/',
  '/signal',
  '/signal/registration-lock',
  '/whatsapp/strict-account-settings',
  '/workshop',
  `/workshop/join#${plan}`,
  `/workshop/present#${plan}`,
  `/workshop/handout#${plan}`,
  '/workshop/guide',
  '/progress',
  '/restore',
  '/settings',
  '/about',
  '/changes',
  '/changes/telegram',
  '/recovery',
  '/recovery/signal',
  '/no-such-page',
];

const DAY = 24 * 60 * 60 * 1000;
const longAgo = new Date(Date.now() - 400 * DAY).toISOString();
/** Progress that brings out what only a returning person sees: done, skipped, changed since ticked, due again, recovery ticks. */
const saved: ProgressData = {
  items: {
    'signal/registration-lock': { status: 'done', at: longAgo, revision: 1 },
    'whatsapp/linked-devices': { status: 'done', at: longAgo, revision: 2 },
    'whatsapp/two-step-verification': { status: 'done', at: new Date().toISOString(), revision: 1 },
    'telegram/active-sessions': { status: 'skipped', at: longAgo, revision: 1 },
    'recovery/signal-check-account': { status: 'done', at: longAgo, revision: 1 },
  },
  preferences: { messengers: ['signal', 'whatsapp'], platforms: ['android'], at: longAgo },
};
const progressLink = encodeLink(saved, new Date('2026-11-03T14:27:00.000Z'));

beforeEach(async () => {
  await resetProgress();
});
afterEach(() => {
  act(() => useProgress.setState(emptyProgress()));
});

describe('pseudo-locale', () => {
  it('turns every letter of the messages and of the content into a look-alike', () => {
    expect(pseudo.text('Turn on Two-step verification (PIN: 6 digits)')).toBe('Ţúŕñ óñ Ţŵó-šţéþ ṽéŕíƒíçáţíóñ (ṔÍÑ: 6 ďíĝíţš)');
    expect(pseudo.text('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')).not.toMatch(/[A-Za-z]/);
  });

  it.each(ROUTES)('%s has no interface text outside the catalogs', expectNoHardCodedText);

  describe('with saved progress', () => {
    beforeEach(() => {
      act(() => useProgress.setState({ items: saved.items, preferences: saved.preferences }));
    });

    it.each([
      '/',
      '/signal',
      '/signal/registration-lock',
      '/whatsapp/linked-devices',
      `/workshop/join#${plan}`,
      '/progress',
      `/restore#${progressLink}`,
      `/restore#${progressLink.slice(0, -4)}AAAA`,
      '/settings',
      '/recovery/signal',
    ])('%s has no interface text outside the catalogs', expectNoHardCodedText);
  });
});
