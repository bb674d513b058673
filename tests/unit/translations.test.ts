// The translations compiler (src/compiler/translations.ts) over the good fixture content and a
// Spanish translation of one item: what a translated page gets, and what fails the build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, type SourceFile } from '../../src/compiler/compile.ts';
import { compileTranslations, localizedVendorUrl, translationReport } from '../../src/compiler/translations.ts';
import { checklistItemSchema } from '../../src/content/schema.ts';

const fixtures = new URL('../fixtures/content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const english = compile(
  ['signal/registration-lock.md', 'signal/usernames.md', 'telegram/auto-delete.md', 'glossary.md', 'settings-entry.md'].map((path) => ({
    path: `content/${path}`,
    text: read(`good/${path}`),
  })),
);
const TRANSLATION = 'content/es/signal/registration-lock.md';
const labels: SourceFile = { path: 'content/es/menu-labels.yaml', text: read('translations/es/menu-labels.yaml') };
const translation = read('translations/es/signal/registration-lock.md');

function translate(text = translation, items = english.items) {
  return compileTranslations(items, english.glossary, [labels, { path: TRANSLATION, text }]);
}
const codes = (result: ReturnType<typeof translate>) => result.problems.map(({ file, code, line }) => ({ file, code, line }));
const spanish = (result: ReturnType<typeof translate>, id = 'registration-lock') => result.locales.es.items.find((item) => item.id === id)!;

describe('a translated item', () => {
  const result = translate();

  it('compiles without problems into a valid item in that language', () => {
    expect(result.problems).toEqual([]);
    const item = spanish(result);
    expect(checklistItemSchema.safeParse(item).success).toBe(true);
    expect(item).toMatchObject({ title: 'Activa el Bloqueo de registro', revision: 2, priority: 'essential', file: 'content/signal/registration-lock.md' });
    expect(item.translation).toMatchObject({ locale: 'es', status: 'current', translates: 2 });
    expect(item.translation?.review).toBeUndefined();
  });

  it('keeps the English facts: evidence, sources, order and the recovery of ticks', () => {
    const item = spanish(result);
    const source = english.items.find((candidate) => candidate.id === 'registration-lock')!;
    expect(item.evidence).toEqual(source.evidence);
    expect(item.sources).toEqual(source.sources);
    expect(item.changes?.[0]).toMatchObject({ revision: 2, date: '2026-11-23', note: 'El Bloqueo de registro pasó de Privacidad a Cuenta.' });
  });

  it("points a vendor link to the vendor's page in that language", () => {
    expect(spanish(result).links[0]).toMatchObject({ title: 'Soporte de Signal: PIN de Signal', url: 'https://support.signal.org/hc/es/articles/360007059792-Signal-PIN' });
    expect(spanish(result).links[0]?.inEnglish).toBeUndefined();
  });

  it('writes a confirmed label as the app shows it and marks the English beside an unconfirmed one', () => {
    const item = spanish(result);
    expect(item.translation?.labels).toEqual([
      { en: 'Settings', label: 'Ajustes', confirmed: true, source: expect.stringContaining('values-es') },
      { en: 'Account', label: 'Cuenta', confirmed: false },
      { en: 'Registration Lock', label: 'Bloqueo de registro', confirmed: true, source: expect.stringContaining('values-es') },
    ]);
    const json = JSON.stringify(item.steps);
    expect(json).toContain('"value":"Cuenta","strong":true,"en":"Account"');
    expect(json).not.toContain('"en":"Settings"');
  });

  it('takes a label confirmed for other platforms as unconfirmed here, and shows the English beside it', () => {
    const desktopOnly = labels.text.replace(
      '    - en: Registration Lock\n      label: Bloqueo de registro\n      confirmed: true\n',
      '    - en: Registration Lock\n      label: Bloqueo de registro\n      platforms: [desktop]\n      confirmed: true\n',
    );
    expect(desktopOnly).not.toBe(labels.text);
    const result = compileTranslations(english.items, english.glossary, [{ ...labels, text: desktopOnly }, { path: TRANSLATION, text: translation }]);
    expect(result.problems).toEqual([]);
    expect(spanish(result).translation?.labels).toContainEqual({ en: 'Registration Lock', label: 'Bloqueo de registro', confirmed: false });
  });

  it('shows an item without a translation in English, said so, with English-only links marked', () => {
    const usernames = spanish(result, 'usernames');
    const source = english.items.find((candidate) => candidate.id === 'usernames')!;
    expect(usernames.translation).toEqual({ locale: 'es', status: 'missing', labels: [] });
    expect(usernames.title).toBe(source.title);
    expect(result.locales.es.missing).toContain('content/es/signal/usernames.md');
  });
});

describe('when the English item changes', () => {
  const bumped = english.items.map((item) => (item.id === 'registration-lock' ? { ...item, revision: 3 } : item));
  const result = translate(translation, bumped);

  it('keeps the translation and marks it stale', () => {
    expect(result.problems).toEqual([]);
    expect(spanish(result).translation).toMatchObject({ status: 'stale', translates: 2 });
    expect(spanish(result).title).toBe('Activa el Bloqueo de registro');
  });

  it('lists it in the build output', () => {
    expect(result.locales.es.stale).toEqual([{ file: TRANSLATION, translates: 2, revision: 3 }]);
    expect(translationReport(result.locales, 'es')).toContain(`stale: ${TRANSLATION} translates revision 2, the English is at 3`);
  });
});

describe('a translation that does not match its English item fails the build', () => {
  it('with a numbered step too few', () => {
    const result = translate(translation.replace('2. Activa **Bloqueo de registro**.\n   - Escribe tu PIN cuando te lo pida.\n   - No uses `1234`.\n', ''));
    expect(codes(result)).toContainEqual({ file: TRANSLATION, code: 'translation-structure', line: 20 });
  });

  it('with a bold label left out', () => {
    const result = translate(translation.replace('Activa **Bloqueo de registro**', 'Activa el bloqueo'));
    expect(result.problems.map((p) => p.code)).toContain('translation-structure');
    expect(result.problems[0]?.message).toContain('0 bold labels, the English has 1 (Registration Lock)');
  });

  it('with a confirmed label written otherwise', () => {
    const result = translate(translation.replace('**Bloqueo de registro**', '**Bloqueo del registro**'));
    expect(result.problems.map((p) => p.code)).toEqual(['translation-label']);
    expect(result.problems[0]?.message).toContain('"Bloqueo de registro"');
  });

  it('with a link to another item', () => {
    const result = translate(translation.replace('../signal/usernames.md', '../telegram/auto-delete.md'));
    expect(result.problems.map((p) => p.code)).toEqual(['translation-structure']);
  });

  it('with a link title too few', () => {
    const result = translate(translation.replace('links:\n  - "Soporte de Signal: PIN de Signal"\n', 'links: []\n'));
    expect(codes(result)).toContainEqual({ file: TRANSLATION, code: 'out-of-range', line: 7 });
  });

  it('for an item that does not exist in English', () => {
    const result = compileTranslations(english.items, english.glossary, [labels, { path: 'content/es/signal/no-such-item.md', text: translation }]);
    expect(codes(result)).toContainEqual({ file: 'content/es/signal/no-such-item.md', code: 'translation-orphan', line: 1 });
  });
});

describe("vendors' pages in other languages", () => {
  it.each([
    ['https://faq.whatsapp.com/1095301557782068/?cms_platform=android', 'ar', 'https://faq.whatsapp.com/1095301557782068/?cms_platform=android&locale=ar_AR'],
    ['https://support.signal.org/hc/en-us/articles/360007059792-Signal-PIN', 'fa', 'https://support.signal.org/hc/fa/articles/360007059792-Signal-PIN'],
    ['https://telegram.org/blog/passkeys-and-gift-offers', 'ru', 'https://telegram.org/blog/passkeys-and-gift-offers?setln=ru'],
  ] as const)('%s in %s', (url, locale, expected) => {
    expect(localizedVendorUrl(url, locale)).toBe(expected);
  });

  it("keeps a link to one answer of Telegram's FAQ in English, where its anchor leads to the answer", () => {
    expect(localizedVendorUrl('https://telegram.org/faq#q-how-do-i-log-out', 'ru')).toBeUndefined();
  });

  it('leaves other pages (blogs, code, third parties) in English', () => {
    expect(localizedVendorUrl('https://signal.org/blog/introducing-secure-backups/', 'es')).toBeUndefined();
    expect(localizedVendorUrl('https://www.howtogeek.com/x', 'es')).toBeUndefined();
  });
});
