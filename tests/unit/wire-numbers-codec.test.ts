// Messenger and platform numbers are a wire format: links, files and printed QR codes carry
// them, so today's numbers are pinned here and a new one may only be appended.
import { describe, expect, it } from 'vitest';
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS, PLATFORM_WIRE } from '../../src/content/messengers.ts';

const messengerWires = Object.fromEntries(MESSENGER_IDS.map((id) => [id, MESSENGERS[id].wire]));

describe('wire numbers', () => {
  it('keep the numbers links were made with', () => {
    expect(messengerWires).toMatchObject({ whatsapp: 0, signal: 1, telegram: 2 });
    expect(PLATFORM_WIRE).toMatchObject({ android: 0, iphone: 1, desktop: 2 });
  });

  it.each([
    ['messengers', Object.values(messengerWires)],
    ['platforms', PLATFORM_IDS.map((id) => PLATFORM_WIRE[id])],
  ])('give each of the %s its own small whole number', (_name, wires) => {
    expect(new Set(wires).size).toBe(wires.length);
    for (const wire of wires) expect(Number.isInteger(wire) && wire >= 0).toBe(true);
  });
});
