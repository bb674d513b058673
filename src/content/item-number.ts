// Every item's permanent number in bookmark links: a 24-bit FNV-1a hash of `messenger/id`.
// Ids never change once shipped, so numbers never change either, and a link made before
// items were added or removed still means the same steps. Recovery steps get numbers the
// same way, from their keys. The compiler rejects collisions.

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

/** `<messenger>/<item-id>`: how progress, links and plans name an item. */
export function itemKey(messenger: string, id: string): string {
  return `${messenger}/${id}`;
}

/** A recovery step's progress key: `recovery/<messenger>-<step id>`. Before step ids existed
 * the step's position stood in the id's place, which `was` in the frontmatter keeps. */
export function recoveryStepKey(messenger: string, step: string | number): string {
  return `recovery/${messenger}-${step}`;
}

/** Every key of an item that a saved link names by number: the item's own, and its recovery steps'. */
export function numberedKeys(item: { messenger: string; id: string; recoverySteps?: readonly { id: string }[] | undefined }): string[] {
  return [itemKey(item.messenger, item.id), ...(item.recoverySteps ?? []).map((step) => recoveryStepKey(item.messenger, step.id))];
}
