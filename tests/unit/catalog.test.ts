// What every feature asks of the compiled content: list order, "Next" and the keys progress knows.
import { describe, expect, it } from 'vitest';
import { index } from 'virtual:checklist';
import { essentialsOf, indexFor, knownKeys, neighbours } from '../../src/catalog/catalog.ts';
import { MESSENGER_IDS } from '../../src/content/messengers.ts';
import { PRIORITIES } from '../../src/content/vocabulary.ts';

describe('the catalog', () => {
  it.each(MESSENGER_IDS)('lists %s by priority, then by the content order', (messenger) => {
    const list = indexFor(messenger);
    expect(list.length).toBe(index.filter((item) => item.messenger === messenger).length);
    const ranks = list.map((item) => PRIORITIES.indexOf(item.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each(MESSENGER_IDS)('leads "Next" from each essential %s step to the next essential one while any remain', (messenger) => {
    const essentials = essentialsOf([messenger]);
    essentials.slice(0, -1).forEach((item, position) => {
      expect(neighbours(item).next?.id, item.id).toBe(essentials[position + 1]!.id);
    });
  });

  it('walks every step of a messenger with "Next", each once', () => {
    for (const messenger of MESSENGER_IDS) {
      const seen: string[] = [];
      let current = indexFor(messenger)[0];
      while (current) {
        seen.push(current.id);
        current = neighbours(current).next;
      }
      expect(seen).toEqual(indexFor(messenger).map((item) => item.id));
    }
  });

  it('knows the key of every item and of every recovery step', () => {
    for (const item of index) {
      expect(knownKeys).toContain(`${item.messenger}/${item.id}`);
      for (const step of item.recoverySteps ?? []) expect(knownKeys).toContain(`recovery/${item.messenger}-${step.id}`);
    }
    expect(new Set(knownKeys).size).toBe(knownKeys.length);
  });
});
