import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../../src/content/messengers.ts';
import { MAX_PLAN_LENGTH, PLAN_VERSION, decodePlan, encodePlan, type PlanError } from '../../src/features/workshop/plan-codec.ts';
import { fromBase64Url } from '../../src/store/base64url.ts';
import { frame, writeItemNumber } from '../../src/store/frame.ts';
import { brokenFrames, expectValueOrCode } from './framed-links.ts';

const known = ['whatsapp/two-step-verification', 'whatsapp/linked-devices', 'signal/registration-lock', 'telegram/active-sessions', 'telegram/peer-to-peer-calls'];
const sample = { items: ['signal/registration-lock', 'whatsapp/linked-devices', 'telegram/peer-to-peer-calls'], platforms: ['android' as const] };

describe('the workshop plan link', () => {
  it('round-trips the steps in the trainer’s order and the platforms', () => {
    const fragment = encodePlan(sample);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePlan(`#${fragment}`, known)).toEqual({ ok: true, value: { ...sample, unknown: 0 } });
  });

  it('writes only the newest format', () => {
    expect(fromBase64Url(encodePlan(sample))?.[0]).toBe(PLAN_VERSION);
    expect(PLAN_VERSION).toBe(2);
  });

  it('is short: 3 bytes a step', () => {
    // Version, one byte of platforms, the steps, checksum (2).
    expect(encodePlan(sample)).toHaveLength(Math.ceil(((1 + 1 + 3 * 3 + 2) * 4) / 3));
  });

  it('round-trips any plan over the known steps and platforms (property)', () => {
    const plan = fc.record({ items: fc.shuffledSubarray(known, { minLength: 1 }), platforms: fc.subarray([...PLATFORM_IDS]) });
    fc.assert(
      fc.property(plan, (value) => {
        expect(decodePlan(encodePlan(value), known)).toEqual({ ok: true, value: { ...value, unknown: 0 } });
      }),
    );
  });

  it('decodes any string to a plan or an error code, without throwing (property)', () => {
    expectValueOrCode((text) => decodePlan(text, known));
  });

  it('counts steps this version does not know, and keeps the order of the rest', () => {
    const result = decodePlan(encodePlan({ items: ['telegram/active-sessions', 'signal/a-future-step', 'whatsapp/two-step-verification'], platforms: [] }), known);
    expect(result).toEqual({ ok: true, value: { items: ['telegram/active-sessions', 'whatsapp/two-step-verification'], platforms: [], unknown: 1 } });
  });

  const good = encodePlan(sample);
  const step = writeItemNumber('signal/registration-lock');

  it.each<[string, string, PlanError]>([
    ...brokenFrames(good, MAX_PLAN_LENGTH),
    ['a link with no steps', encodePlan({ items: [], platforms: ['iphone'] }), 'empty'],
    ['a link with the same step twice', frame(2, [0, ...step, ...step]), 'damaged'],
    ['a link cut inside a step', frame(2, [0, ...step.slice(0, 2)]), 'damaged'],
    ['a link whose platforms run off the end', frame(2, [0x80]), 'damaged'],
    ['a link with a platform this version does not know', frame(2, [0b1000, ...step]), 'newer'],
    ['a format 1 link with platform bits format 1 never had', frame(1, [0b1000, ...step]), 'damaged'],
  ])('refuses %s with an error code', (_name, fragment, error) => {
    expect(decodePlan(fragment, known)).toEqual({ ok: false, error });
  });
});
