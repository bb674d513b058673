// The bookmark link: progress packed into a URL fragment (after `#`, so it never reaches a
// server). Pure functions; decoding any string gives a value or an error code.
//
// Framed by store/frame.ts (version byte, payload, 16-bit checksum, base64url). Payload:
//   [0..3]   saved at: minutes since 2020-01-01T00:00Z, unsigned big-endian
//   version 2 (written today):
//     one bitset (frame.ts) of the preferences: bit 2w = the messenger with wire number w,
//     bit 2w + 1 = the platform with wire number w
//   version 1 (read only):
//     one byte: bits 0-2 messengers, bits 3-5 platforms, by wire number; bits 6-7 zero
//   then per item: 3 bytes item number (content/item-number.ts), 1 byte with
//   bit 7 = "doesn't apply" (else done) and bits 0-6 = content revision (max 127)
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS, PLATFORM_WIRE } from '../content/messengers.ts';
import { emptyProgress } from './model.ts';
import {
  failed,
  frame,
  readBitset,
  readItemRecords,
  unframe,
  wiresIn,
  wireSet,
  writeItemNumber,
  type Decoded,
  type FrameError,
} from './frame.ts';
import type { ItemRecord, Preferences, ProgressData } from './schema.ts';

export const LINK_VERSION = 2;
export const MAX_FRAGMENT_LENGTH = 4096;
const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
const SAVED_AT = 4;
const PER_ITEM = 4;
const SKIPPED = 0x80;
const MAX_REVISION = 127;
/** Format 1 had room for three messengers and three platforms, and no more. */
const V1_SET_BITS = 3;

// The preferences are one bitset: messengers on the even bits (2 × wire number), platforms on
// the odd ones (2 × wire number + 1). One byte holds four messengers and three platforms, as
// format 1 did, and appending to either list only ever adds higher bits.
const MESSENGER = 'messenger:';
const PLATFORM = 'platform:';
const messengerBit = (wire: number) => 2 * wire;
const platformBit = (wire: number) => 2 * wire + 1;
const preferenceBits = new Map<string, number>([
  ...MESSENGER_IDS.map((id) => [`${MESSENGER}${id}`, messengerBit(MESSENGERS[id].wire)] as const),
  ...PLATFORM_IDS.map((id) => [`${PLATFORM}${id}`, platformBit(PLATFORM_WIRE[id])] as const),
]);
const preferenceSet = wireSet([...preferenceBits.keys()], (key) => preferenceBits.get(key)!);

export interface LinkContents {
  savedAt: string;
  /** Done and skipped items, each dated `savedAt`; preferences too. */
  data: ProgressData;
  /** Items in the link that this version of the checklist does not have. */
  unknown: number;
}

export type LinkError = FrameError;

/** Packs done and skipped items and the preferences; unticked items are left out. */
export function encodeLink(data: ProgressData, savedAt: Date): string {
  const minutes = Math.max(0, Math.floor((savedAt.getTime() - EPOCH) / MINUTE));
  const payload = [minutes >>> 24, (minutes >>> 16) & 0xff, (minutes >>> 8) & 0xff, minutes & 0xff];
  const { messengers, platforms } = data.preferences;
  payload.push(...preferenceSet.write([...messengers.map((id) => `${MESSENGER}${id}`), ...platforms.map((id) => `${PLATFORM}${id}`)]));
  for (const [key, record] of Object.entries(data.items)) {
    if (record.status === 'todo') continue;
    payload.push(...writeItemNumber(key), (record.status === 'skipped' ? SKIPPED : 0) | Math.min(record.revision, MAX_REVISION));
  }
  return frame(LINK_VERSION, payload);
}

type ReadPreferences = Decoded<{ messengers: Preferences['messengers']; platforms: Preferences['platforms']; next: number }>;

function preferencesFrom(wires: readonly number[], next: number, unknown: LinkError): ReadPreferences {
  const chosen = preferenceSet.read(wires);
  if (!chosen) return failed(unknown);
  const messengers = MESSENGER_IDS.filter((id) => chosen.includes(`${MESSENGER}${id}`));
  const platforms = PLATFORM_IDS.filter((id) => chosen.includes(`${PLATFORM}${id}`));
  return { ok: true, value: { messengers, platforms, next } };
}

function readV1Preferences(payload: Uint8Array): ReadPreferences {
  const bits = payload[SAVED_AT];
  if (bits === undefined || bits >> (2 * V1_SET_BITS)) return failed('damaged');
  const wires = [...wiresIn(bits, V1_SET_BITS).map(messengerBit), ...wiresIn(bits >> V1_SET_BITS, V1_SET_BITS).map(platformBit)];
  return preferencesFrom(wires, SAVED_AT + 1, 'damaged');
}

function readPreferences(payload: Uint8Array): ReadPreferences {
  const chosen = readBitset(payload, SAVED_AT);
  // The checksum holds, so a number this version does not know was written by a newer one.
  return chosen ? preferencesFrom(chosen.wires, chosen.next, 'newer') : failed('damaged');
}

/** Reads a fragment (with or without the leading `#`) against the item keys this version knows. */
export function decodeLink(fragment: string, knownKeys: readonly string[]): Decoded<LinkContents, LinkError> {
  const framed = unframe(fragment, { oldest: 1, current: LINK_VERSION, maxLength: MAX_FRAGMENT_LENGTH });
  if (!framed.ok) return framed;
  const { version, payload } = framed.value;
  if (payload.length < SAVED_AT) return failed('damaged');
  const preferences = version === 1 ? readV1Preferences(payload) : readPreferences(payload);
  if (!preferences.ok) return preferences;
  const { messengers, platforms, next } = preferences.value;
  const found = readItemRecords(payload, next, PER_ITEM, knownKeys);
  if (!found) return failed('damaged');

  const minutes = new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(0);
  const savedAt = new Date(EPOCH + minutes * MINUTE).toISOString();
  const items: Record<string, ItemRecord> = {};
  for (const { key, at } of found.records) {
    const flags = payload[at]!;
    items[key] = { status: flags & SKIPPED ? 'skipped' : 'done', at: savedAt, revision: flags & MAX_REVISION };
  }
  const data = emptyProgress();
  data.items = items;
  data.preferences = { messengers, platforms, at: savedAt };
  return { ok: true, value: { savedAt, data, unknown: found.unknown } };
}
