// "What next" after ticking a step, over every messenger's real content: the essentials of this
// messenger first, then those of the person's other messengers, then the recommended steps.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/entries.ts';
import { MESSENGER_IDS, type MessengerId } from '../../src/content/messengers.ts';
import type { ItemIndexEntry } from '../../src/content/schema.ts';
import { PRIORITIES } from '../../src/content/vocabulary.ts';
import { nextStep } from '../../src/features/checklist/next-step.ts';
import { itemKey, type ItemRecord } from '../../src/store/schema.ts';

const catalog = await loadCatalog();
const now = new Date('2026-12-06T12:00:00.000Z');
const at = '2026-12-01T12:00:00.000Z';

const done = (...items: ItemIndexEntry[]): Record<string, ItemRecord> =>
  Object.fromEntries(items.map((item) => [itemKey(item.messenger, item.id), { status: 'done', at, revision: item.revision }]));

const next = (current: ItemIndexEntry, records: Record<string, ItemRecord>, chosen: readonly MessengerId[] = []) =>
  nextStep({ current, entriesFor: catalog.entriesFor, records, chosen, now });

describe('what to do next after a step', () => {
  it.each(MESSENGER_IDS)('leads from each essential %s step to the next essential one not done, while any remain', (messenger) => {
    const essentials = catalog.essentialsOf([messenger]);
    expect(essentials.length).toBeGreaterThan(1);
    essentials.forEach((item, position) => {
      // Everything before this step is done, as when working down the list.
      const records = done(...essentials.slice(0, position + 1));
      const expected = essentials[position + 1];
      if (expected) expect(next(item, records)?.id, item.id).toBe(expected.id);
      else expect(next(item, records)?.messenger, item.id).not.toBe(messenger);
    });
  });

  it.each(MESSENGER_IDS)('comes back to an essential %s step left out earlier, before leaving the messenger', (messenger) => {
    const [first, ...rest] = catalog.essentialsOf([messenger]);
    expect(next(rest.at(-1)!, done(...rest))?.id).toBe(first!.id);
  });

  it.each(MESSENGER_IDS)('once the %s essentials are done, goes to the first essential step of the next messenger', (messenger) => {
    const essentials = catalog.essentialsOf([messenger]);
    const other = MESSENGER_IDS.find((candidate) => candidate !== messenger)!;
    expect(next(essentials.at(-1)!, done(...essentials))).toEqual(catalog.essentialsOf([other])[0]);
  });

  it.each(MESSENGER_IDS)('keeps to the chosen messengers: with only %s chosen, its recommended steps follow its essentials', (messenger) => {
    const essentials = catalog.essentialsOf([messenger]);
    const recommended = catalog.entriesFor(messenger).find((item) => item.priority === 'recommended')!;
    expect(next(essentials.at(-1)!, done(...essentials), [messenger])).toEqual(recommended);
  });

  it.each(MESSENGER_IDS)('walks every step once from the first %s step: the essentials of all messengers, then the recommended, then the advanced', (messenger) => {
    const visited: ItemIndexEntry[] = [];
    let records: Record<string, ItemRecord> = {};
    for (let current: ItemIndexEntry | undefined = catalog.entriesFor(messenger)[0]; current; current = next(current, records)) {
      visited.push(current);
      records = { ...records, ...done(current) };
    }
    expect(visited.length).toBe(catalog.entries.length);
    expect(new Set(visited.map((item) => itemKey(item.messenger, item.id))).size).toBe(catalog.entries.length);
    const ranks = visited.map((item) => PRIORITIES.indexOf(item.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Within each priority, one messenger's steps at a time, starting with the one the person is on.
    expect(visited[0]!.messenger).toBe(messenger);
    for (const priority of PRIORITIES) {
      const order = visited.filter((item) => item.priority === priority).map((item) => item.messenger);
      const runs = order.filter((one, position) => one !== order[position - 1]);
      expect(new Set(runs).size, priority).toBe(runs.length);
    }
  });

  it('skips steps marked as not applying, and suggests a step whose instructions changed since it was ticked', () => {
    const [first, second, third] = catalog.essentialsOf(['signal']);
    const skipped = { [itemKey('signal', second!.id)]: { status: 'skipped', at, revision: second!.revision } } as const;
    expect(next(first!, { ...done(first!), ...skipped })?.id).toBe(third!.id);
    const changed = { [itemKey('signal', second!.id)]: { status: 'done', at, revision: second!.revision - 1 } } as const;
    if (second!.revision > 1) expect(next(first!, { ...done(first!), ...changed })?.id).toBe(second!.id);
  });

  it('has nothing to suggest when every step is done', () => {
    const all = catalog.entries;
    expect(next(all[0]!, done(...all))).toBeUndefined();
  });
});
