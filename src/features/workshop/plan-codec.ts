// A workshop plan in a URL fragment: which steps, in which order, for which platforms. No
// server and nothing about participants. Pure; decoding any string gives a plan or a
// plain-language error.
//
// Layout (then base64url): [0] version 1, [1] platform bits (android, iphone, desktop),
// then 3 bytes per step (its item number, content/item-number.ts), then a 16-bit checksum.
import { itemNumber } from '../../content/item-number.ts';
import { PLATFORM_IDS, type PlatformId } from '../../content/messengers.ts';
import type { Decoded } from '../../store/link-codec.ts';
import { fromBase64Url, fnv16, toBase64Url } from '../../store/base64url.ts';

export const PLAN_VERSION = 1;
export const MAX_PLAN_LENGTH = 4096;

export interface Plan {
  /** Item keys (`messenger/id`) in the order the trainer chose. */
  items: string[];
  platforms: PlatformId[];
}

export const PLAN_ERRORS = {
  empty: 'This workshop link has no steps in it. Ask the trainer for the link again.',
  damaged: 'This workshop link is damaged: part of it was changed or cut off. Ask the trainer for the link again, or scan the QR code.',
  newer: 'This workshop link was made by a newer version of the checklist. Reload this page, then open the link again.',
  tooLong: 'This link is too long to be a workshop link from this checklist.',
  unknownFormat: 'This is not a workshop link from this checklist.',
} as const;

export function encodePlan(plan: Plan): string {
  const bytes = new Uint8Array(2 + plan.items.length * 3 + 2);
  bytes[0] = PLAN_VERSION;
  bytes[1] = PLATFORM_IDS.reduce((bits, id, index) => (plan.platforms.includes(id) ? bits | (1 << index) : bits), 0);
  plan.items.forEach((key, index) => {
    const number = itemNumber(key);
    bytes.set([number >>> 16, (number >>> 8) & 0xff, number & 0xff], 2 + index * 3);
  });
  const sum = fnv16(bytes.subarray(0, bytes.length - 2));
  bytes.set([sum >>> 8, sum & 0xff], bytes.length - 2);
  return toBase64Url(bytes);
}

export function decodePlan(fragment: string, knownKeys: readonly string[]): Decoded<Plan & { unknown: number }> {
  const text = fragment.replace(/^#/, '').trim();
  if (!text) return { ok: false, error: PLAN_ERRORS.empty };
  if (text.length > MAX_PLAN_LENGTH) return { ok: false, error: PLAN_ERRORS.tooLong };
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 1) return { ok: false, error: PLAN_ERRORS.damaged };
  if (bytes[0]! > PLAN_VERSION) return { ok: false, error: PLAN_ERRORS.newer };
  if (bytes[0] !== PLAN_VERSION) return { ok: false, error: PLAN_ERRORS.unknownFormat };
  if (bytes.length < 4 || (bytes.length - 4) % 3 !== 0) return { ok: false, error: PLAN_ERRORS.damaged };
  if (((bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!) !== fnv16(bytes.subarray(0, bytes.length - 2))) {
    return { ok: false, error: PLAN_ERRORS.damaged };
  }
  if (bytes[1]! & ~0b111) return { ok: false, error: PLAN_ERRORS.damaged };
  const byNumber = new Map(knownKeys.map((key) => [itemNumber(key), key]));
  const items: string[] = [];
  let unknown = 0;
  for (let at = 2; at < bytes.length - 2; at += 3) {
    const key = byNumber.get((bytes[at]! << 16) | (bytes[at + 1]! << 8) | bytes[at + 2]!);
    if (!key) unknown += 1;
    else if (items.includes(key)) return { ok: false, error: PLAN_ERRORS.damaged };
    else items.push(key);
  }
  if (items.length === 0 && unknown === 0) return { ok: false, error: PLAN_ERRORS.empty };
  const platforms = PLATFORM_IDS.filter((_id, index) => bytes[1]! & (1 << index));
  return { ok: true, value: { items, platforms, unknown } };
}
