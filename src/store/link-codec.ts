// The bookmark link: progress packed into a URL fragment (after `#`, so it never reaches a
// server). Pure functions; decoding any string gives a value or a plain-language error.
//
// Layout (then base64url, no padding):
//   [0]      format version (1)
//   [1..4]   saved at: minutes since 2020-01-01T00:00Z, unsigned big-endian
//   [5]      bits 0-2 messengers (whatsapp, signal, telegram), bits 3-5 platforms
//            (android, iphone, desktop); bits 6-7 zero
//   [6..]    per item: 3 bytes item number (see content/item-number.ts), 1 byte with
//            bit 7 = "doesn't apply" (else done) and bits 0-6 = content revision (max 127)
//   [-2..]   checksum: FNV-1a of everything before, low 16 bits, big-endian
import { itemNumber } from '../content/item-number.ts';
import { MESSENGER_IDS, PLATFORM_IDS } from '../content/messengers.ts';
import { fnv16 as checksum, fromBase64Url, toBase64Url } from './base64url.ts';
import { emptyProgress } from './model.ts';
import type { ItemRecord, ProgressData } from './schema.ts';

export const LINK_VERSION = 1;
export const MAX_FRAGMENT_LENGTH = 4096;
const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
const HEADER = 6;
const PER_ITEM = 4;
const CHECKSUM = 2;
const MAX_REVISION = 127;

export interface LinkContents {
  savedAt: string;
  /** Done and skipped items, each dated `savedAt`; preferences too. */
  data: ProgressData;
  /** Items in the link that this version of the checklist does not have. */
  unknown: number;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: string };

export const LINK_ERRORS = {
  empty: 'This link has no progress in it. Make a new link on the device where you ticked your steps.',
  tooLong: 'This link is too long to be a progress link from this checklist, so it was not opened.',
  damaged:
    'This link is damaged: part of it was changed or cut off, so it cannot be read. Copy the whole link again from the device where you made it.',
  newer: 'This link was made by a newer version of the checklist. Reload this page to get the latest version, then open the link again.',
  unknownFormat: 'This is not a progress link from this checklist.',
} as const;

function bitsOf<T>(chosen: readonly T[], all: readonly T[]): number {
  return all.reduce((bits, entry, index) => (chosen.includes(entry) ? bits | (1 << index) : bits), 0);
}

function fromBits<T>(bits: number, all: readonly T[]): T[] {
  return all.filter((_entry, index) => bits & (1 << index));
}

/** Packs done and skipped items and the preferences; unticked items are left out. */
export function encodeLink(data: ProgressData, savedAt: Date): string {
  const entries = Object.entries(data.items).filter(([, record]) => record.status !== 'todo');
  const bytes = new Uint8Array(HEADER + entries.length * PER_ITEM + CHECKSUM);
  const view = new DataView(bytes.buffer);
  bytes[0] = LINK_VERSION;
  view.setUint32(1, Math.max(0, Math.floor((savedAt.getTime() - EPOCH) / MINUTE)));
  bytes[5] = bitsOf(data.preferences.messengers, MESSENGER_IDS) | (bitsOf(data.preferences.platforms, PLATFORM_IDS) << 3);
  entries.forEach(([key, record], index) => {
    const at = HEADER + index * PER_ITEM;
    const number = itemNumber(key);
    bytes[at] = number >>> 16;
    bytes[at + 1] = (number >>> 8) & 0xff;
    bytes[at + 2] = number & 0xff;
    bytes[at + 3] = (record.status === 'skipped' ? 0x80 : 0) | Math.min(record.revision, MAX_REVISION);
  });
  view.setUint16(bytes.length - CHECKSUM, checksum(bytes.subarray(0, bytes.length - CHECKSUM)));
  return toBase64Url(bytes);
}

/** Reads a fragment (with or without the leading `#`) against the item keys this version knows. */
export function decodeLink(fragment: string, knownKeys: readonly string[]): Decoded<LinkContents> {
  const text = fragment.replace(/^#/, '').trim();
  if (text.length === 0) return { ok: false, error: LINK_ERRORS.empty };
  if (text.length > MAX_FRAGMENT_LENGTH) return { ok: false, error: LINK_ERRORS.tooLong };
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 1) return { ok: false, error: LINK_ERRORS.damaged };
  if (bytes[0]! > LINK_VERSION) return { ok: false, error: LINK_ERRORS.newer };
  if (bytes[0] !== LINK_VERSION) return { ok: false, error: LINK_ERRORS.unknownFormat };
  if (bytes.length < HEADER + CHECKSUM || (bytes.length - HEADER - CHECKSUM) % PER_ITEM !== 0) {
    return { ok: false, error: LINK_ERRORS.damaged };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(bytes.length - CHECKSUM) !== checksum(bytes.subarray(0, bytes.length - CHECKSUM))) {
    return { ok: false, error: LINK_ERRORS.damaged };
  }
  const prefs = bytes[5]!;
  if (prefs & 0xc0) return { ok: false, error: LINK_ERRORS.damaged };

  const savedAt = new Date(EPOCH + view.getUint32(1) * MINUTE).toISOString();
  const byNumber = new Map(knownKeys.map((key) => [itemNumber(key), key]));
  const items: Record<string, ItemRecord> = {};
  const seen = new Set<number>();
  let unknown = 0;
  for (let at = HEADER; at < bytes.length - CHECKSUM; at += PER_ITEM) {
    const number = (bytes[at]! << 16) | (bytes[at + 1]! << 8) | bytes[at + 2]!;
    if (seen.has(number)) return { ok: false, error: LINK_ERRORS.damaged };
    seen.add(number);
    const key = byNumber.get(number);
    if (!key) {
      unknown += 1;
      continue;
    }
    const flags = bytes[at + 3]!;
    items[key] = { status: flags & 0x80 ? 'skipped' : 'done', at: savedAt, revision: flags & MAX_REVISION };
  }
  const data = emptyProgress();
  data.items = items;
  data.preferences = {
    messengers: fromBits(prefs & 0b111, MESSENGER_IDS),
    platforms: fromBits((prefs >> 3) & 0b111, PLATFORM_IDS),
    at: savedAt,
  };
  return { ok: true, value: { savedAt, data, unknown } };
}
