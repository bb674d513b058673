// What the link and plan codec tests share: any text a link could be, and the broken links
// every framed format must refuse the same way (store/frame.ts).
import fc from 'fast-check';
import { expect } from 'vitest';
import { frame, type FrameError } from '../../src/store/frame.ts';

const FRAME_ERRORS: readonly FrameError[] = ['empty', 'too-long', 'damaged', 'newer', 'unknown-format'];

/** Random text, base64url, and well-framed bytes of every version around the current ones. */
const anyFragment = fc.oneof(
  fc.string(),
  fc.base64String(),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.nat(255), { maxLength: 40 })).map(([version, payload]) => frame(version, payload)),
);

/** `decode` turns any fragment into a value or one of the framing error codes, never an exception (property). */
export function expectValueOrCode(decode: (text: string) => { ok: true } | { ok: false; error: string }) {
  fc.assert(
    fc.property(anyFragment, (text) => {
      const result = decode(text);
      if (!result.ok) expect(FRAME_ERRORS).toContain(result.error);
    }),
  );
}

const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

/** `good` broken in the ways any framed link can be, with the code each must give. */
export function brokenFrames(good: string, maxLength: number): [string, string, FrameError][] {
  const middle = Math.floor(good.length / 2);
  return [
    ['an empty link', '', 'empty'],
    ['a tampered link (one character changed)', flip(good, middle), 'damaged'],
    ['a truncated link', good.slice(0, -3), 'damaged'],
    ['a link with foreign characters', `${good.slice(0, middle)}%3C${good.slice(middle)}`, 'damaged'],
    ['a link from a newer version', `Aw${good.slice(2)}`, 'newer'],
    ['a link of an unknown older format', `AA${good.slice(2)}`, 'unknown-format'],
    ['an oversized link', 'A'.repeat(maxLength + 1), 'too-long'],
  ];
}
