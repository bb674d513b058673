import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored, mergeProgress } from '../../src/store/codec.ts';
import { MESSENGER_IDS, PLATFORM_IDS } from '../../src/content/messengers.ts';
import { PROGRESS_VERSION, emptyProgress, schemas, type ProgressData } from '../../src/store/schema.ts';

const idPart = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const isoTime = fc
  .integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-01-01T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const progress: fc.Arbitrary<ProgressData> = fc.record({
  items: fc.dictionary(
    fc.tuple(idPart, idPart).map(([m, id]) => `${m}/${id}`),
    fc.record({ status: fc.constantFrom('todo', 'done', 'skipped'), at: isoTime, revision: fc.nat(50) }),
    { maxKeys: 30 },
  ),
  preferences: fc.record({
    messengers: fc.uniqueArray(fc.constantFrom(...MESSENGER_IDS)),
    platforms: fc.uniqueArray(fc.constantFrom(...PLATFORM_IDS)),
    at: fc.oneof(fc.constant(''), isoTime),
  }),
});

describe('decodeStored', () => {
  it('reads back whatever the app saved (round trip)', () => {
    fc.assert(
      fc.property(progress, (data) => {
        expect(decodeStored(JSON.stringify({ state: data, version: PROGRESS_VERSION }))).toEqual({ data });
      }),
    );
  });

  it('turns any string into valid progress or a named problem, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ state: value, version: 1 }))), (raw) => {
        const { data, problem } = decodeStored(raw);
        expect(schemas().progressData.safeParse(data).success).toBe(true);
        expect([undefined, 'unreadable', 'invalid-entries', 'newer-version']).toContain(problem);
      }),
    );
  });

  it('keeps a __proto__ entry out of the decoded items, whose prototype stays a plain object', () => {
    const record = '{"status":"done","at":"2026-11-20T09:15:00.000Z","revision":1}';
    const raw = `{"state":{"items":{"__proto__":${record},"a/x":${record}},"preferences":{"messengers":[],"platforms":[],"at":""}},"version":1}`;
    const { data } = decodeStored(raw);
    expect(Object.getPrototypeOf(data.items)).toBe(Object.prototype);
    expect(Object.hasOwn(data.items, '__proto__')).toBe(false);
    expect(Object.keys(data.items)).toEqual(['a/x']);
  });

  it.each([
    ['not JSON', 'not json'],
    ['JSON without the envelope', '[1,2,3]'],
    ['a missing version', '{"state":{}}'],
    ['a version with no migration', '{"state":{},"version":0}'],
  ])('calls %s unreadable', (_name, raw) => {
    expect(decodeStored(raw)).toEqual({ data: emptyProgress(), problem: 'unreadable' });
  });
});

describe('mergeProgress', () => {
  const at = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`;

  it('keeps the newer change of each item and of the preferences', () => {
    const mine: ProgressData = {
      items: { 'a/x': { status: 'done', at: at(1), revision: 1 }, 'a/y': { status: 'done', at: at(5), revision: 1 } },
      preferences: { messengers: ['signal'], platforms: [], at: at(1) },
    };
    const theirs: ProgressData = {
      items: { 'a/x': { status: 'todo', at: at(2), revision: 1 }, 'a/y': { status: 'todo', at: at(4), revision: 1 }, 'a/z': { status: 'skipped', at: at(3), revision: 2 } },
      preferences: { messengers: ['telegram'], platforms: ['android'], at: at(2) },
    };
    expect(mergeProgress(mine, theirs)).toEqual({
      items: { 'a/x': theirs.items['a/x'], 'a/y': mine.items['a/y'], 'a/z': theirs.items['a/z'] },
      preferences: theirs.preferences,
    });
  });

  it('compares times as instants, whatever their precision', () => {
    const mine: ProgressData = { ...emptyProgress(), items: { 'a/x': { status: 'done', at: '2026-11-23T10:00:00.500Z', revision: 1 } } };
    const theirs: ProgressData = { ...emptyProgress(), items: { 'a/x': { status: 'todo', at: '2026-11-23T10:00:00Z', revision: 1 } } };
    expect(mergeProgress(mine, theirs).items['a/x']?.status).toBe('done');
  });

  it('is the same whichever side is newer, item by item (commutative up to ties)', () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const ab = mergeProgress(a, b);
        const ba = mergeProgress(b, a);
        for (const key of Object.keys(ab.items)) {
          if (a.items[key]?.at !== b.items[key]?.at) expect(ab.items[key]).toEqual(ba.items[key]);
        }
      }),
    );
  });
});
