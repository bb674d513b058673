import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSENGER_IDS, PLATFORM_IDS } from '../../src/content/messengers.ts';
import { LINK_ERRORS, MAX_FRAGMENT_LENGTH, decodeLink, encodeLink } from '../../src/store/link-codec.ts';
import { emptyProgress, type ProgressData } from '../../src/store/schema.ts';

const known = ['whatsapp/two-step-verification', 'whatsapp/linked-devices', 'signal/registration-lock', 'telegram/active-sessions'];
const savedAt = new Date('2026-11-03T14:27:00.000Z');

const sample: ProgressData = {
  items: {
    'whatsapp/two-step-verification': { status: 'done', at: '2026-11-01T10:00:00.000Z', revision: 1 },
    'signal/registration-lock': { status: 'skipped', at: '2026-11-02T10:00:00.000Z', revision: 3 },
    'telegram/active-sessions': { status: 'todo', at: '2026-11-02T10:00:00.000Z', revision: 1 },
  },
  preferences: { messengers: ['whatsapp', 'signal'], platforms: ['android'], at: '2026-11-01T09:00:00.000Z' },
};

/** What the link should bring back: done and skipped items and the preferences, dated when it was saved. */
function asOfLink(data: ProgressData, at: string): ProgressData {
  const items = Object.fromEntries(
    Object.entries(data.items)
      .filter(([, record]) => record.status !== 'todo')
      .map(([key, record]) => [key, { ...record, at, revision: Math.min(record.revision, 127) }]),
  );
  return { items, preferences: { messengers: data.preferences.messengers, platforms: data.preferences.platforms, at } };
}

describe('the bookmark link', () => {
  it('round-trips ticks, skips and preferences', () => {
    const fragment = encodeLink(sample, savedAt);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeLink(`#${fragment}`, known)).toEqual({
      ok: true,
      value: { savedAt: savedAt.toISOString(), data: asOfLink(sample, savedAt.toISOString()), unknown: 0 },
    });
  });

  it('is short: 4 bytes a step', () => {
    expect(encodeLink(sample, savedAt)).toHaveLength(Math.ceil(((6 + 2 * 4 + 2) * 4) / 3));
  });

  it('round-trips any progress over the known items (property)', () => {
    const progress = fc.record({
      items: fc.dictionary(
        fc.constantFrom(...known),
        fc.record({ status: fc.constantFrom('todo', 'done', 'skipped'), at: fc.constant('2026-01-01T00:00:00.000Z'), revision: fc.nat(200) }),
      ),
      preferences: fc.record({
        messengers: fc.subarray([...MESSENGER_IDS]),
        platforms: fc.subarray([...PLATFORM_IDS]),
        at: fc.constant(''),
      }),
    });
    const minute = fc.integer({ min: 0, max: 10_000_000 }).map((m) => new Date(Date.UTC(2020, 0, 1) + m * 60_000));
    fc.assert(
      fc.property(progress, minute, (data, when) => {
        const decoded = decodeLink(encodeLink(data, when), known);
        expect(decoded).toEqual({ ok: true, value: { savedAt: when.toISOString(), data: asOfLink(data, when.toISOString()), unknown: 0 } });
      }),
    );
  });

  it('decodes any string to a value or a plain error, without throwing (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/)), (text) => {
        const result = decodeLink(text, known);
        if (!result.ok) expect(Object.values(LINK_ERRORS)).toContain(result.error);
      }),
    );
  });

  it('counts steps this version does not know, and leaves them out', () => {
    const fragment = encodeLink({ ...emptyProgress(), items: { ...sample.items, 'signal/a-future-step': { status: 'done', at: '2026-11-01T10:00:00.000Z', revision: 1 } } }, savedAt);
    const result = decodeLink(fragment, known);
    expect(result.ok && result.value.unknown).toBe(1);
    expect(result.ok && Object.keys(result.value.data.items)).toEqual(['whatsapp/two-step-verification', 'signal/registration-lock']);
  });

  const good = encodeLink(sample, savedAt);
  const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

  it.each([
    ['an empty link', '', LINK_ERRORS.empty],
    ['a tampered link (one character changed)', flip(good, 12), LINK_ERRORS.damaged],
    ['a truncated link', good.slice(0, -3), LINK_ERRORS.damaged],
    ['a link with foreign characters', `${good.slice(0, 10)}%3C${good.slice(10)}`, LINK_ERRORS.damaged],
    ['a link from a newer version', `Ag${good.slice(2)}`, LINK_ERRORS.newer],
    ['a link of an unknown older format', `AA${good.slice(2)}`, LINK_ERRORS.unknownFormat],
    ['an oversized link', 'A'.repeat(MAX_FRAGMENT_LENGTH + 1), LINK_ERRORS.tooLong],
  ])('refuses %s with a clear message', (_name, fragment, error) => {
    expect(decodeLink(fragment, known)).toEqual({ ok: false, error });
  });
});
