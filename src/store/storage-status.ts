// What the person needs to know about where their progress is kept: saved on this device or
// only in memory, anything that went wrong, and whether the browser promised to keep it.
import { createStore } from 'zustand/vanilla';
import type { DecodeProblem } from './codec.ts';

export type StorageNotice =
  /** Storage is blocked or missing (private mode, cookies off): progress lives in memory only. */
  | { kind: 'unavailable' }
  /** Saved data could not be read in full; the original was copied aside under `backupKey`. */
  | { kind: 'recovered'; problem: DecodeProblem; backupKey: string; raw: string }
  /** Saved data could not be read and could not be copied aside: nothing is written over it. */
  | { kind: 'unrecoverable'; problem: DecodeProblem; raw: string }
  /** A change could not be written (storage full, or blocked mid-session). */
  | { kind: 'not-saved' };

export type Persistence = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

export interface StorageStatus {
  /** `saved`: changes are written to this browser's storage. `memory`: lost on reload. */
  mode: 'saved' | 'memory';
  notices: StorageNotice[];
  persistence: Persistence;
  /** False in "don't remember me on this device" mode: nothing is written anywhere. */
  remember: boolean;
}

export interface StorageStatusActions {
  report(notice: StorageNotice): void;
  resolve(kind: StorageNotice['kind']): void;
  setMode(mode: StorageStatus['mode']): void;
  setPersistence(persistence: Persistence): void;
  setRemember(remember: boolean): void;
}

export type StorageStatusStore = StorageStatus & StorageStatusActions;

export function createStorageStatus() {
  return createStore<StorageStatusStore>()((set) => ({
    mode: 'saved',
    notices: [],
    persistence: 'unknown',
    remember: true,
    report: (notice) =>
      set((state) => ({ notices: [...state.notices.filter((other) => other.kind !== notice.kind), notice] })),
    resolve: (kind) =>
      set((state) =>
        state.notices.some((notice) => notice.kind === kind)
          ? { notices: state.notices.filter((notice) => notice.kind !== kind) }
          : state,
      ),
    setMode: (mode) => set({ mode }),
    setPersistence: (persistence) => set({ persistence }),
    setRemember: (remember) => set({ remember }),
  }));
}

export type StorageStatusApi = ReturnType<typeof createStorageStatus>;
