// The storage behind zustand's persist middleware. It never throws into the app: unreadable
// data is copied aside before anything is written over it, a full or blocked storage leaves
// the change in memory with a notice, and a write merges with what another tab saved so a
// stale tab never overwrites newer ticks. Writes can wait (see `defer`) so a tick paints
// before the storage is read, merged and written.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { decodeStored, mergeProgress, sameProgress } from './codec.ts';
import { PROGRESS_VERSION, type ProgressData } from './schema.ts';
import type { StorageStatusApi } from './storage-status.ts';

/** Every key the app writes starts with this. */
export const KEY_PREFIX = 'mhc:';
export const STORAGE_KEY = `${KEY_PREFIX}progress`;
export const BACKUP_PREFIX = `${KEY_PREFIX}progress:backup:`;

/** The part of the Web Storage API the app uses; tests pass an in-memory one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** Removes every key the app wrote; returns how many. Never throws. */
export function removeAppKeys(storage: StorageLike | undefined): number {
  if (!storage) return 0;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return keys.length;
  } catch {
    return 0;
  }
}

/**
 * Reads this site's localStorage and sessionStorage once, changing nothing. A page's first use
 * of each loads it from the browser, a slow step on a phone: the store does this in a task of
 * its own before it opens the storage for real (browser.ts).
 */
export function warmUpBrowserStorage(): void {
  try {
    globalThis.localStorage?.getItem(STORAGE_KEY);
  } catch {
    // Blocked storage: openBrowserStorage finds out and says so.
  }
  try {
    globalThis.sessionStorage?.getItem(STORAGE_KEY);
  } catch {
    // As above.
  }
}

/** localStorage if this browser lets the app use it, otherwise undefined. */
export function openBrowserStorage(): StorageLike | undefined {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return undefined;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

function findBackup(storage: StorageLike, raw: string): string | undefined {
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(BACKUP_PREFIX) && storage.getItem(key) === raw) return key;
  }
  return undefined;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

interface Options {
  storage: StorageLike | undefined;
  status: StorageStatusApi;
  now: () => Date;
  /** Called when a write found newer changes from another tab: the store takes the merge. */
  onMerged: (merged: ProgressData) => void;
  /** False in "don't remember me" mode: nothing is read or written. */
  remember?: () => boolean;
  /**
   * Runs a pending write later (the browser: after the next paint). Changes made before it runs
   * are written together, the newest state wins. Without it, every change is written at once.
   */
  defer?: (write: () => void) => void;
}

/** The persist middleware's storage, plus `flush`: write a deferred change now (a page being left). */
export type ProgressStorage = PersistStorage<ProgressData> & { flush(): void };

export function createProgressStorage({
  storage,
  status,
  now,
  onMerged,
  remember = () => true,
  defer = (write) => write(),
}: Options): ProgressStorage {
  const report = status.getState();
  if (!storage) report.setMode('memory');
  /** Raw values already copied aside (or impossible to copy): never written over. */
  const preserved = new Set<string>();
  let locked = false;
  /** The newest change not written yet. */
  let pending: StorageValue<ProgressData> | undefined;

  const read = (): string | null => {
    try {
      return storage ? storage.getItem(STORAGE_KEY) : null;
    } catch {
      report.setMode('memory');
      report.report({ kind: 'unavailable' });
      return null;
    }
  };

  /** Decodes a stored value; anything not fully readable is copied aside first. */
  const decode = (raw: string): ProgressData => {
    const { data, problem } = decodeStored(raw);
    if (!problem || preserved.has(raw)) return data;
    preserved.add(raw);
    try {
      // An earlier visit may have copied the same data aside already: keep one copy.
      const existing = findBackup(storage!, raw);
      const backupKey = existing ?? `${BACKUP_PREFIX}${now().toISOString()}`;
      if (!existing) {
        if (storage!.getItem(backupKey) !== null) throw new Error('backup key taken');
        storage!.setItem(backupKey, raw);
      }
      report.report({ kind: 'recovered', problem, backupKey, raw });
    } catch {
      // Without a copy, writing would destroy the only one: keep working in memory.
      locked = true;
      report.setMode('memory');
      report.report({ kind: 'unrecoverable', problem, raw });
    }
    return data;
  };

  return {
    getItem: () => {
      if (!remember()) return null;
      const raw = read();
      return raw === null ? null : { state: decode(raw), version: PROGRESS_VERSION };
    },
    setItem: (_name, value: StorageValue<ProgressData>) => {
      if (!storage || locked || !remember()) return;
      const scheduled = pending !== undefined;
      pending = value;
      if (!scheduled) defer(flush);
    },
    flush,
    removeItem: () => {
      pending = undefined;
      if (!remember()) return;
      try {
        storage?.removeItem(STORAGE_KEY);
      } catch {
        report.report({ kind: 'not-saved' });
      }
    },
  };

  function flush(): void {
    const value = pending;
    pending = undefined;
    if (value) write(value);
  }

  function write(value: StorageValue<ProgressData>): void {
    // Checked again: "don't remember me" or a locked storage may have come since the change.
    if (!storage || locked || !remember()) return;
    const raw = read();
    const stored = raw === null ? undefined : decode(raw);
    if (locked) return;
    const merged = stored ? mergeProgress(value.state, stored) : value.state;
    const next = JSON.stringify({ state: merged, version: PROGRESS_VERSION });
    try {
      if (next !== raw) storage.setItem(STORAGE_KEY, next);
      report.resolve('not-saved');
    } catch (error) {
      report.report({ kind: isQuotaError(error) ? 'not-saved' : 'unavailable' });
      if (!isQuotaError(error)) report.setMode('memory');
    }
    if (!sameProgress(merged, value.state)) onMerged(merged);
  }
}
