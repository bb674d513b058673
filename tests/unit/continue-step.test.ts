// "Continue" on the home page: which messengers a person uses, their essentials done, and the
// next step, worked out on the compiled catalog (expectations come from the content).
import { describe, expect, it } from 'vitest';
import { index } from 'virtual:checklist';
import { indexFor } from '../../src/catalog/catalog.ts';
import type { ItemCountEntry } from '../../src/content/schema.ts';
import { messengersInUse } from '../../src/features/checklist/in-use.ts';
import { continueStep, essentialsDone } from '../../src/features/checklist/next-step.ts';
import type { ItemRecord } from '../../src/store/schema.ts';

const now = new Date();
const at = now.toISOString();
const key = (item: ItemCountEntry) => `${item.messenger}/${item.id}`;
const mark = (items: readonly ItemCountEntry[], status: ItemRecord['status'] = 'done'): Record<string, ItemRecord> =>
  Object.fromEntries(items.map((item) => [key(item), { status, at, revision: item.revision }]));

const essentials = (messenger: 'whatsapp' | 'signal' | 'telegram') => indexFor(messenger).filter((item) => item.priority === 'essential');
const recommended = (messenger: 'whatsapp' | 'signal' | 'telegram') => indexFor(messenger).filter((item) => item.priority === 'recommended');

describe('the messengers a person uses', () => {
  it('are those chosen in Settings and those with a tick, in the app’s order', () => {
    const records = mark([indexFor('telegram').at(-1)!], 'skipped');
    expect(messengersInUse(index, records, ['signal'])).toEqual(['signal', 'telegram']);
  });

  it('leave out a messenger whose only record is an untick, or a step the content no longer has', () => {
    const records = { ...mark([indexFor('whatsapp')[0]!], 'todo'), 'signal/a-removed-step': { status: 'done' as const, at, revision: 1 } };
    expect(messengersInUse(index, records, [])).toEqual([]);
  });
});

describe("the step to continue with on the home page", () => {
  it('is the first essential of the first messenger in use, in list order', () => {
    expect(continueStep(index, ['whatsapp', 'signal'], {}, now)).toEqual({ item: essentials('whatsapp')[0], status: 'todo' });
  });

  it('is the essential not yet done, even when later ones are', () => {
    const list = essentials('signal');
    const records = mark(list.filter((_, position) => position !== 1));
    expect(continueStep(index, ['signal'], records, now)?.item).toEqual(list[1]);
  });

  it('goes on to the essentials of the person’s next messenger before any recommended step', () => {
    const records = { ...mark(essentials('whatsapp').slice(1)), ...mark(essentials('whatsapp').slice(0, 1), 'skipped') };
    expect(continueStep(index, ['whatsapp', 'telegram'], records, now)?.item).toEqual(essentials('telegram')[0]);
  });

  it('is the first recommended step once every essential is done', () => {
    const records = mark([...essentials('whatsapp'), ...essentials('signal')]);
    expect(continueStep(index, ['whatsapp', 'signal'], records, now)?.item).toEqual(recommended('whatsapp')[0]);
  });

  it('asks to check a step again when its steps changed since the tick', () => {
    const [first] = essentials('telegram');
    const records = { [key(first!)]: { status: 'done' as const, at, revision: first!.revision - 1 } };
    expect(continueStep(index, ['telegram'], records, now)).toEqual({ item: first, status: 'changed' });
  });

  it('is none when every essential and recommended step is done', () => {
    const records = mark([...essentials('signal'), ...recommended('signal')]);
    expect(continueStep(index, ['signal'], records, now)).toBeUndefined();
  });
});

describe('essentials done', () => {
  it('counts done essentials of those that apply', () => {
    const list = essentials('whatsapp');
    const records = { ...mark(list.slice(0, 1)), ...mark(list.slice(1, 2), 'skipped') };
    expect(essentialsDone(indexFor('whatsapp'), records, now)).toEqual({ done: 1, total: list.length - 1 });
  });
});
