import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBitset, wireSet } from '../../src/store/frame.ts';

describe('bitsets of wire numbers', () => {
  it('are as wide as the highest wire number needs, whatever the number of ids', () => {
    const sparse = wireSet(['a', 'b'], (id) => ({ a: 0, b: 9 })[id]);
    expect(sparse.write([])).toEqual([0x80, 0]);
    expect(sparse.write(['b'])).toEqual([0x80, 0b100]);
    const dense = wireSet(['a', 'b', 'c'], (id) => ({ a: 0, b: 1, c: 2 })[id]);
    expect(dense.write(['a', 'c'])).toEqual([0b101]);
  });

  it('read back in the ids’ order, and refuse numbers the reader does not know', () => {
    const set = wireSet(['x', 'y', 'z'], (id) => ({ x: 2, y: 0, z: 8 })[id]);
    const read = readBitset(Uint8Array.from(set.write(['z', 'x'])), 0);
    expect(read && set.read(read.wires)).toEqual(['x', 'z']);
    expect(set.read([0, 1])).toBeUndefined();
  });

  it('say where they end, so a reader with fewer numbers still finds what follows (property)', () => {
    const wires = fc.uniqueArray(fc.nat(40), { minLength: 1 });
    fc.assert(
      fc.property(wires, fc.nat(255), (chosen, after) => {
        const ids = chosen.map(String);
        const bytes = [...wireSet(ids, Number).write(ids), after];
        const read = readBitset(Uint8Array.from(bytes), 0);
        expect(read?.wires).toEqual([...chosen].sort((a, b) => a - b));
        expect(read?.next).toBe(bytes.length - 1);
      }),
    );
  });
});
