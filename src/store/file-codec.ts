// The export file: progress as versioned JSON, and a strict reader for files people pick.
// Pure functions; decoding any text gives a value or an error code (the interface words it).
import * as z from 'zod/mini';
import { ITEM_KEY_PATTERN, once, schemas, type ProgressData } from './schema.ts';
import type { Decoded } from './frame.ts';

export const FILE_FORMAT = 'messenger-hardening-checklist/progress';
export const FILE_VERSION = 1;
export const MAX_FILE_BYTES = 64 * 1024;

const fileSchema = once(() =>
  z.strictObject({
    format: z.literal(FILE_FORMAT),
    version: z.literal(FILE_VERSION),
    appVersion: z.string().check(z.maxLength(40)),
    exportedAt: z.iso.datetime(),
    progress: schemas().progressData,
  }),
);

export interface FileContents {
  exportedAt: string;
  appVersion: string;
  data: ProgressData;
  /** Items in the file that this version of the checklist does not have (they are kept). */
  unknown: number;
}

/** Over MAX_FILE_BYTES; not JSON; JSON but not this app's format; a newer format; invalid. */
export type FileError = 'too-long' | 'not-json' | 'unknown-format' | 'newer' | 'damaged';

export function encodeFile(data: ProgressData, { appVersion, exportedAt }: { appVersion: string; exportedAt: Date }): string {
  return `${JSON.stringify(
    { format: FILE_FORMAT, version: FILE_VERSION, appVersion, exportedAt: exportedAt.toISOString(), progress: data },
    null,
    2,
  )}\n`;
}

export function decodeFile(text: string, knownKeys: readonly string[]): Decoded<FileContents, FileError> {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) return { ok: false, error: 'too-long' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const envelope = parsed as { format?: unknown; version?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.format !== FILE_FORMAT) {
    return { ok: false, error: 'unknown-format' };
  }
  if (typeof envelope.version === 'number' && envelope.version > FILE_VERSION) return { ok: false, error: 'newer' };
  // zod quietly drops a `__proto__` key; a file that has one was made to attack, so refuse it.
  const rawItems = (parsed as { progress?: { items?: unknown } }).progress?.items;
  if (typeof rawItems === 'object' && rawItems !== null && Object.keys(rawItems).some((key) => !ITEM_KEY_PATTERN.test(key))) {
    return { ok: false, error: 'damaged' };
  }
  const result = fileSchema().safeParse(parsed);
  if (!result.success) return { ok: false, error: 'damaged' };
  const { exportedAt, appVersion, progress } = result.data;
  const known = new Set(knownKeys);
  const unknown = Object.keys(progress.items).filter((key) => !known.has(key)).length;
  return { ok: true, value: { exportedAt, appVersion, data: progress, unknown } };
}
