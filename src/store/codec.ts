// Reads saved progress of any age and shape into valid ProgressData, and merges two copies.
// Pure: no storage, no clock. Nothing here throws on bad input.
import {
  PROGRESS_VERSION,
  emptyProgress,
  schemas,
  type ItemRecord,
  type ProgressData,
} from './schema.ts';

/**
 * One step per version bump: MIGRATIONS[n] turns a version-n state into version n + 1.
 * Tests load a saved example of every earlier version (tests/fixtures/storage/).
 */
export const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {};

export type DecodeProblem =
  /** Not JSON, or not the envelope this app writes. */
  | 'unreadable'
  /** Some entries were not valid and were left out; the rest was kept. */
  | 'invalid-entries'
  /** Written by a newer version of the app; what could be read was kept. */
  | 'newer-version';

export interface Decoded {
  data: ProgressData;
  problem?: DecodeProblem;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Decodes what zustand's persist middleware wrote: `{"state": …, "version": n}`. */
export function decodeStored(raw: string): Decoded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { data: emptyProgress(), problem: 'unreadable' };
  }
  if (!isRecord(parsed) || !Number.isInteger(parsed.version) || !isRecord(parsed.state)) {
    return { data: emptyProgress(), problem: 'unreadable' };
  }
  let version = parsed.version as number;
  let state: unknown = parsed.state;
  if (version > PROGRESS_VERSION) {
    return { data: salvage(state), problem: 'newer-version' };
  }
  while (version < PROGRESS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { data: emptyProgress(), problem: 'unreadable' };
    try {
      state = step(state);
    } catch {
      return { data: emptyProgress(), problem: 'unreadable' };
    }
    version += 1;
  }
  const result = schemas().progressData.safeParse(state);
  return result.success ? { data: result.data } : { data: salvage(state), problem: 'invalid-entries' };
}

/** Keeps every entry that is valid on its own; unknown keys and prototype tricks are dropped. */
export function salvage(state: unknown): ProgressData {
  const data = emptyProgress();
  if (!isRecord(state)) return data;
  const { itemKey: itemKeySchema, itemRecord: itemRecordSchema, preferences: preferencesSchema } = schemas();
  if (isRecord(state.items)) {
    for (const key of Object.keys(state.items)) {
      const record = itemRecordSchema.safeParse(state.items[key]);
      if (itemKeySchema.safeParse(key).success && record.success) data.items[key] = record.data;
    }
  }
  const preferences = preferencesSchema.safeParse(state.preferences);
  if (preferences.success) data.preferences = preferences.data;
  return data;
}

/** Per item and for the preferences, the newer change wins; on a tie, `mine` wins. */
export function mergeProgress(mine: ProgressData, theirs: ProgressData): ProgressData {
  const items: Record<string, ItemRecord> = { ...mine.items };
  for (const [key, record] of Object.entries(theirs.items)) {
    const own = items[key];
    if (!own || newer(record.at, own.at)) items[key] = record;
  }
  const preferences = newer(theirs.preferences.at, mine.preferences.at) ? theirs.preferences : mine.preferences;
  return { items, preferences };
}

/**
 * Moves ticks saved under old keys to their new keys (`renames`: old → new), keeping the newer
 * record where both exist. The old key is left as "to do" at `at` (saved data only ever merges,
 * newest wins, so a tick is taken back by a newer record, as replaceWith does). Returns `data`
 * itself when no old key holds a tick.
 */
export function renameKeys(data: ProgressData, renames: Readonly<Record<string, string>>, at: string): ProgressData {
  const old = Object.keys(data.items).filter((key) => Object.hasOwn(renames, key) && data.items[key]!.status !== 'todo');
  if (old.length === 0) return data;
  const items = { ...data.items };
  for (const key of old) items[key] = { ...items[key]!, status: 'todo', at };
  const moved = Object.fromEntries(old.map((key) => [renames[key]!, data.items[key]!]));
  return mergeProgress({ ...data, items }, { items: moved, preferences: { messengers: [], platforms: [], at: '' } });
}

/** Compares ISO timestamps as instants (an empty string is older than any time). */
function newer(a: string, b: string): boolean {
  return (a ? Date.parse(a) : -Infinity) > (b ? Date.parse(b) : -Infinity);
}

export function sameProgress(a: ProgressData, b: ProgressData): boolean {
  const keys = Object.keys(a.items);
  return (
    keys.length === Object.keys(b.items).length &&
    keys.every((key) => {
      const x = a.items[key]!;
      const y = b.items[key];
      return y !== undefined && x.status === y.status && x.at === y.at && x.revision === y.revision;
    }) &&
    a.preferences.at === b.preferences.at &&
    a.preferences.messengers.join() === b.preferences.messengers.join() &&
    a.preferences.platforms.join() === b.preferences.platforms.join()
  );
}

/**
 * `incoming` as a decision made at `at`: every item it has takes its status, every other
 * item this side has becomes "to do", all dated `at`, so the result wins over older copies
 * in other tabs when they merge.
 */
export function replaceWith(current: ProgressData, incoming: ProgressData, at: string): ProgressData {
  const items: Record<string, ItemRecord> = {};
  for (const [key, record] of Object.entries(current.items)) items[key] = { ...record, status: 'todo', at };
  for (const [key, record] of Object.entries(incoming.items)) items[key] = { ...record, at };
  return { items, preferences: { ...incoming.preferences, at } };
}

/** How many items would end up with a different status. */
export function countChanges(before: ProgressData, after: ProgressData): number {
  const keys = new Set([...Object.keys(before.items), ...Object.keys(after.items)]);
  let changes = 0;
  for (const key of keys) {
    if ((before.items[key]?.status ?? 'todo') !== (after.items[key]?.status ?? 'todo')) changes += 1;
  }
  return changes;
}
