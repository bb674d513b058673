// The progress store: which steps a person has done or skipped, and their choice of
// messengers and platforms. Data only, plus the actions that change it; persisted with
// zustand's persist middleware through the fault-tolerant storage in storage.ts.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { mergeProgress, renameKeys, replaceWith } from './codec.ts';
import {
  PROGRESS_VERSION,
  emptyProgress,
  itemKey,
  type ItemStatus,
  type Preferences,
  type ProgressData,
} from './schema.ts';
import { createStorageStatus, type StorageStatusApi } from './storage-status.ts';
import { STORAGE_KEY, createProgressStorage, type StorageLike } from './storage.ts';

// For the store's loader (deferred.ts), which takes the libraries and this in one file.
export { warmUpBrowserStorage } from './storage.ts';

export interface ProgressActions {
  /** Records a status change for one item, with the content revision the person saw. */
  setStatus(item: { messenger: string; id: string; revision: number }, status: ItemStatus): void;
  setPreferences(choice: Pick<Preferences, 'messengers' | 'platforms'>): void;
  /** Makes `incoming` (from a link or a file) the person's progress. */
  replaceProgress(incoming: ProgressData): void;
  /** Adds `incoming`, keeping the newer change of each item. */
  mergeProgress(incoming: ProgressData): void;
  /** Moves ticks saved under old keys to new ones (old → new), keeping the newer tick. */
  renameKeys(renames: Readonly<Record<string, string>>): void;
  /** Clears every tick and choice; returns what there was, for an undo. */
  clearProgress(): ProgressData;
}

export type ProgressStore = ProgressData & ProgressActions;

export interface ProgressStoreOptions {
  storage: StorageLike | undefined;
  status?: StorageStatusApi;
  now?: () => Date;
  /** Asks the browser to keep the data (navigator.storage.persist); called on the first tick. */
  requestPersistence?: () => void;
  /** Runs a write later (see createProgressStorage); by default every change is written at once. */
  deferWrite?: (write: () => void) => void;
}

const dataOf = ({ items, preferences }: ProgressData): ProgressData => ({ items, preferences });

export function createProgressStore({
  storage,
  status = createStorageStatus(),
  now = () => new Date(),
  requestPersistence,
  deferWrite,
}: ProgressStoreOptions) {
  let persistenceRequested = false;
  const persistStorage = createProgressStorage({
    storage,
    status,
    now,
    onMerged: (merged) => useProgress.setState(merged),
    remember: () => status.getState().remember,
    ...(deferWrite ? { defer: deferWrite } : {}),
  });

  const useProgress = create<ProgressStore>()(
    persist<ProgressStore, [], [], ProgressData>(
      (set) => ({
        ...emptyProgress(),
        setStatus: (item, next) => {
          set((state) => ({
            items: {
              ...state.items,
              [itemKey(item.messenger, item.id)]: { status: next, at: now().toISOString(), revision: item.revision },
            },
          }));
          if (next !== 'todo' && !persistenceRequested) {
            persistenceRequested = true;
            requestPersistence?.();
          }
        },
        setPreferences: (choice) =>
          set({ preferences: { messengers: [...choice.messengers], platforms: [...choice.platforms], at: now().toISOString() } }),
        replaceProgress: (incoming) => set((state) => replaceWith(dataOf(state), incoming, now().toISOString())),
        mergeProgress: (incoming) => set((state) => mergeProgress(dataOf(state), incoming)),
        renameKeys: (renames) => {
          const before = dataOf(useProgress.getState());
          const after = renameKeys(before, renames, now().toISOString());
          if (after !== before) set(after);
        },
        clearProgress: () => {
          const before = dataOf(useProgress.getState());
          set(replaceWith(before, { ...emptyProgress() }, now().toISOString()));
          return before;
        },
      }),
      {
        name: STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage: persistStorage,
        partialize: dataOf,
        // Hydrating (at start, or after another tab saved) keeps the newer side of every item.
        merge: (persisted, current) =>
          persisted ? { ...current, ...mergeProgress(dataOf(current), persisted as ProgressData) } : current,
      },
    ),
  );
  /** Writes a deferred change now: for a page that is being left. */
  const flush = () => persistStorage.flush();
  return { useProgress, status, flush };
}

/** Re-reads storage when another tab changed it, so both tabs show the same ticks. */
export function syncAcrossTabs(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  store: { persist: { rehydrate(): Promise<void> | void } },
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) void store.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
