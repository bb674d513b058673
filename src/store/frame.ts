// What every link and QR code shares: a format version byte, the payload and a 16-bit FNV-1a
// checksum, as URL-safe base64; and the pieces payloads are made of (bitsets of wire numbers,
// 24-bit item numbers). Pure; reading any string gives bytes or an error code, never throws.
import { fnv1a, itemNumber } from '../content/item-number.ts';
import { PLATFORM_IDS, PLATFORM_WIRE } from '../content/messengers.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';

/** Why a link could not be read; the interface words it. */
export type FrameError = 'empty' | 'too-long' | 'damaged' | 'newer' | 'unknown-format';
export type Decoded<T, E extends string = FrameError> = { ok: true; value: T } | { ok: false; error: E };

const CHECKSUM = 2;
const checksum = (bytes: Uint8Array) => fnv1a(bytes) & 0xffff;

export function failed<E extends string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** `version`, then `payload`, then the checksum of both, as URL-safe base64. */
export function frame(version: number, payload: readonly number[]): string {
  const bytes = new Uint8Array(1 + payload.length + CHECKSUM);
  bytes[0] = version;
  bytes.set(payload, 1);
  const sum = checksum(bytes.subarray(0, bytes.length - CHECKSUM));
  bytes.set([sum >>> 8, sum & 0xff], bytes.length - CHECKSUM);
  return toBase64Url(bytes);
}

export interface Framed {
  version: number;
  payload: Uint8Array;
}

/**
 * Reads a fragment (with or without the leading `#`) that `frame` wrote with a version from
 * `oldest` to `current`. Versions are checked before the checksum: a newer layout may move it.
 */
export function unframe(fragment: string, { oldest, current, maxLength }: { oldest: number; current: number; maxLength: number }): Decoded<Framed> {
  const text = fragment.replace(/^#/, '').trim();
  if (!text) return failed('empty');
  if (text.length > maxLength) return failed('too-long');
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 1) return failed('damaged');
  const version = bytes[0]!;
  if (version > current) return failed('newer');
  if (version < oldest) return failed('unknown-format');
  const end = bytes.length - CHECKSUM;
  if (end < 1 || ((bytes[end]! << 8) | bytes[end + 1]!) !== checksum(bytes.subarray(0, end))) return failed('damaged');
  return { ok: true, value: { version, payload: bytes.subarray(1, end) } };
}

/** The wire numbers whose bits are set in the low `width` bits of `bits`. */
export function wiresIn(bits: number, width: number): number[] {
  const wires: number[] = [];
  for (let wire = 0; wire < width; wire += 1) if (bits & (1 << wire)) wires.push(wire);
  return wires;
}

// A bitset is self-delimiting: 7 bits a byte, lowest wire numbers first, the top bit set on
// every byte but the last. So a reader that knows more (or fewer) numbers than the writer
// still finds where it ends, and appending a messenger never changes how older links read.
const GROUP = 7;
const MORE = 1 << GROUP;

function writeBitset(wires: readonly number[], highest: number): number[] {
  const length = Math.floor(highest / GROUP) + 1;
  const bytes = Array.from({ length }, (_byte, index) => (index < length - 1 ? MORE : 0));
  for (const wire of wires) bytes[Math.floor(wire / GROUP)]! |= 1 << wire % GROUP;
  return bytes;
}

/** The wire numbers in the bitset at `at`, and where it ends; undefined if it runs off the end. */
export function readBitset(bytes: Uint8Array, at: number): { wires: number[]; next: number } | undefined {
  const wires: number[] = [];
  for (let index = at; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    wires.push(...wiresIn(byte, GROUP).map((wire) => wire + (index - at) * GROUP));
    if (!(byte & MORE)) return { wires, next: index + 1 };
  }
  return undefined;
}

/** Sets of ids (platforms, preferences) written as bitsets of their wire numbers. */
export function wireSet<Id extends string>(ids: readonly Id[], wireOf: (id: Id) => number) {
  const byWire = new Map(ids.map((id) => [wireOf(id), id]));
  // The width comes from the highest wire number, never from how many ids there are.
  const highest = Math.max(...byWire.keys());
  return {
    write: (chosen: readonly Id[]) => writeBitset(chosen.map(wireOf), highest),
    /** The ids in `ids` order; undefined when a number is not one this version knows. */
    read: (wires: readonly number[]): Id[] | undefined =>
      wires.every((wire) => byWire.has(wire)) ? ids.filter((id) => wires.includes(wireOf(id))) : undefined,
  };
}

export const platformSet = wireSet(PLATFORM_IDS, (id) => PLATFORM_WIRE[id]);

const ITEM_NUMBER_BYTES = 3;

export function writeItemNumber(key: string): number[] {
  const number = itemNumber(key);
  return [number >>> 16, (number >>> 8) & 0xff, number & 0xff];
}

/**
 * Records of `size` bytes from `at` to the end, each starting with an item number, matched
 * against the keys this version knows. Undefined if the bytes do not split into whole
 * records or a number comes twice (no codec writes that).
 */
export function readItemRecords(
  bytes: Uint8Array,
  at: number,
  size: number,
  knownKeys: readonly string[],
): { records: { key: string; at: number }[]; unknown: number } | undefined {
  if (at > bytes.length || (bytes.length - at) % size !== 0) return undefined;
  const byNumber = new Map(knownKeys.map((key) => [itemNumber(key), key]));
  const seen = new Set<number>();
  const records: { key: string; at: number }[] = [];
  let unknown = 0;
  for (let start = at; start < bytes.length; start += size) {
    const number = (bytes[start]! << 16) | (bytes[start + 1]! << 8) | bytes[start + 2]!;
    if (seen.has(number)) return undefined;
    seen.add(number);
    const key = byNumber.get(number);
    if (key) records.push({ key, at: start + ITEM_NUMBER_BYTES });
    else unknown += 1;
  }
  return { records, unknown };
}
