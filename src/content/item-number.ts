// Every item's permanent number in bookmark links: a 24-bit FNV-1a hash of `messenger/id`.
// Ids never change once shipped, so numbers never change either, and a link made before
// items were added or removed still means the same steps. The compiler rejects collisions.

export const ITEM_NUMBER_BITS = 24;

export function itemNumber(key: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Fold the top byte in so all 32 bits count.
  return ((hash >>> ITEM_NUMBER_BITS) ^ hash) & ((1 << ITEM_NUMBER_BITS) - 1);
}
