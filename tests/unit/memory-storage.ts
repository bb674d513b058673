import type { StorageLike } from '../../src/store/storage.ts';

/** An in-memory Web Storage that can be told to fail the way real browsers do. */
export class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  /** Throw on every access, like Safari's private mode or blocked cookies. */
  blocked = false;
  /** Throw QuotaExceededError on writes. */
  full = false;
  /** Throw on writes to keys that start with this prefix. */
  failWritesTo?: string;

  getItem(key: string): string | null {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.full || (this.failWritesTo && key.startsWith(this.failWritesTo))) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(key, value);
  }

  key(index: number): string | null {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    return [...this.data.keys()][index] ?? null;
  }

  get length(): number {
    return this.data.size;
  }

  removeItem(key: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.data.delete(key);
  }
}
