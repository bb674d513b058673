// Every item's permanent number in bookmark links: a 24-bit FNV-1a hash of `messenger/id`.
// Ids never change once shipped, so numbers never change either, and a link made before
// items were added or removed still means the same steps. The compiler rejects collisions.
// A recovery tick (`recovery/<messenger>-<step>`) is numbered the same way.

export const ITEM_NUMBER_BITS = 24;

/** 32-bit FNV-1a; also the links' checksum (store/frame.ts keeps its low 16 bits). */
export function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function itemNumber(key: string): number {
  const hash = fnv1a(new TextEncoder().encode(key));
  // Fold the top byte in so all 32 bits count.
  return ((hash >>> ITEM_NUMBER_BITS) ^ hash) & ((1 << ITEM_NUMBER_BITS) - 1);
}
