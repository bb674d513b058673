import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSENGER_IDS, PLATFORM_IDS } from '../../src/content/messengers.ts';
import { fromBase64Url } from '../../src/store/base64url.ts';
import { frame, writeItemNumber } from '../../src/store/frame.ts';
import { LINK_VERSION, MAX_FRAGMENT_LENGTH, decodeLink, encodeLink, type LinkError } from '../../src/store/link-codec.ts';
import { brokenFrames, expectValueOrCode } from './framed-links.ts';
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

  it('writes only the newest format', () => {
    expect(fromBase64Url(encodeLink(sample, savedAt))?.[0]).toBe(LINK_VERSION);
    expect(LINK_VERSION).toBe(2);
  });

  it('is short: 4 bytes a step', () => {
    // Version, save time (4), one byte of preferences, the steps, checksum (2).
    expect(encodeLink(sample, savedAt)).toHaveLength(Math.ceil(((1 + 4 + 1 + 2 * 4 + 2) * 4) / 3));
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

  it('decodes any string to a value or an error code, without throwing (property)', () => {
    expectValueOrCode((text) => decodeLink(text, known));
  });

  it('brings back recovery ticks when the caller knows their keys', () => {
    const recovery = ['recovery/signal-1', 'recovery/whatsapp-report-lost-phone'];
    const data: ProgressData = {
      ...emptyProgress(),
      items: Object.fromEntries(recovery.map((key) => [key, { status: 'done', at: savedAt.toISOString(), revision: 2 }])),
    };
    const decoded = decodeLink(encodeLink(data, savedAt), [...known, ...recovery]);
    expect(decoded.ok && decoded.value.data.items).toEqual(data.items);
    expect(decoded.ok && decoded.value.unknown).toBe(0);
  });

  it('counts steps this version does not know, and leaves them out', () => {
    const fragment = encodeLink({ ...emptyProgress(), items: { ...sample.items, 'signal/a-future-step': { status: 'done', at: '2026-11-01T10:00:00.000Z', revision: 1 } } }, savedAt);
    const result = decodeLink(fragment, known);
    expect(result.ok && result.value.unknown).toBe(1);
    expect(result.ok && Object.keys(result.value.data.items)).toEqual(['whatsapp/two-step-verification', 'signal/registration-lock']);
  });

  const good = encodeLink(sample, savedAt);

  // Save time, then the preference bitset (messenger w on bit 2w, platform w on bit 2w + 1):
  // made with a valid checksum, as a newer version (or someone who knows the format) would.
  const minutes = [0, 0x36, 0xe6, 0xa3];
  const step = [...writeItemNumber('whatsapp/two-step-verification'), 1];

  it('reads preferences written by a version that knows more messengers and platforms', () => {
    // Such a version writes two bytes of preference bits; WhatsApp, Signal and desktop are chosen here.
    const decoded = decodeLink(frame(2, [...minutes, 0x80 | 0b100101, 0, ...step]), known);
    expect(decoded.ok && decoded.value.data.preferences).toMatchObject({ messengers: ['whatsapp', 'signal'], platforms: ['desktop'] });
    expect(decoded.ok && Object.keys(decoded.value.data.items)).toEqual(['whatsapp/two-step-verification']);
  });

  it.each<[string, string, LinkError]>([
    ...brokenFrames(good, MAX_FRAGMENT_LENGTH),
    ['a link with the same step twice', frame(2, [...minutes, 0, ...step, ...step]), 'damaged'],
    ['a link whose preferences run off the end', frame(2, [...minutes, 0x81]), 'damaged'],
    ['a link cut inside a step', frame(2, [...minutes, 0, ...step.slice(0, 3)]), 'damaged'],
    ['a link with a messenger this version does not know', frame(2, [...minutes, 0b1000000]), 'newer'],
    ['a link with a platform this version does not know', frame(2, [...minutes, 0x80, 0b1, ...step]), 'newer'],
    ['a format 1 link with preference bits format 1 never had', frame(1, [...minutes, 0x40]), 'damaged'],
  ])('refuses %s with an error code', (_name, fragment, error) => {
    expect(decodeLink(fragment, known)).toEqual({ ok: false, error });
  });
});
