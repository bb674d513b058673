// What every feature asks of the compiled content: list order, "Next", the keys progress knows,
// and a first route that carries no item text.
import { describe, expect, it } from 'vitest';
import { index, loadEntries } from 'virtual:checklist';
import { indexFor } from '../../src/catalog/catalog.ts';
import { loadCatalog } from '../../src/catalog/entries.ts';
import { MESSENGER_IDS } from '../../src/content/messengers.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { PRIORITIES } from '../../src/content/vocabulary.ts';

const catalog = await loadCatalog();
const entries = await loadEntries();

describe('the catalog', () => {
  it.each(MESSENGER_IDS)('lists %s by priority, then by the content order, for counts and for lists alike', (messenger) => {
    const list = catalog.entriesFor(messenger);
    expect(list.length).toBe(entries.filter((item) => item.messenger === messenger).length);
    const ranks = list.map((item) => PRIORITIES.indexOf(item.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(indexFor(messenger).map((item) => item.id)).toEqual(list.map((item) => item.id));
  });

  it.each(MESSENGER_IDS)('leads "Next" from each essential %s step to the next essential one while any remain', (messenger) => {
    const essentials = catalog.essentialsOf([messenger]);
    essentials.slice(0, -1).forEach((item, position) => {
      expect(catalog.neighbours(item).next?.id, item.id).toBe(essentials[position + 1]!.id);
    });
  });

  it('walks every step of a messenger with "Next", each once', () => {
    for (const messenger of MESSENGER_IDS) {
      const seen: string[] = [];
      let current = catalog.entriesFor(messenger)[0];
      while (current) {
        seen.push(current.id);
        current = catalog.neighbours(current).next;
      }
      expect(seen).toEqual(catalog.entriesFor(messenger).map((item) => item.id));
    }
  });

  it('knows the key of every item and of every recovery step', () => {
    const { knownKeys } = catalog;
    for (const item of entries) {
      expect(knownKeys).toContain(`${item.messenger}/${item.id}`);
      for (const step of item.recoverySteps ?? []) expect(knownKeys).toContain(`recovery/${item.messenger}-${step.id}`);
    }
    expect(new Set(knownKeys).size).toBe(knownKeys.length);
  });

  // A page in another language loads its own entries only (progress, the home page's minutes):
  // they must name the same items, steps and keys as English's.
  it.each(LOCALES.filter((locale) => locale !== 'en'))('gives the same items, keys, recovery renames and minutes in %s as in English', async (locale) => {
    const translated = await loadCatalog(locale);
    const facts = (list: typeof entries) => list.map(({ messenger, id, priority, minutes, revision, recoverySteps }) => ({ messenger, id, priority, minutes, revision, recoverySteps }));
    expect(facts(translated.entries)).toEqual(facts(entries));
    expect(translated.knownKeys).toEqual(catalog.knownKeys);
    expect(translated.recoveryRenames).toEqual(catalog.recoveryRenames);
    expect(translated.importableKeys).toEqual(catalog.importableKeys);
  });

  it('keeps item text off the first route: the index holds no titles, in the entries\' order', () => {
    expect(index.map(({ messenger, id }) => `${messenger}/${id}`)).toEqual(entries.map(({ messenger, id }) => `${messenger}/${id}`));
    for (const item of index) expect(Object.keys(item).sort()).toEqual(expect.arrayContaining(['id', 'messenger', 'priority', 'revision']));
    expect(JSON.stringify(index)).not.toContain(entries[0]!.title);
  });
});
