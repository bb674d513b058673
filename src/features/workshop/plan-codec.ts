// A workshop plan in a URL fragment: which steps, in which order, for which platforms. No
// server and nothing about participants. Pure; decoding any string gives a plan or an error
// code (messages.ts words it).
//
// Framed by store/frame.ts (version byte, payload, 16-bit checksum, base64url). Payload:
//   version 2 (written today): a bitset of the platforms' wire numbers (frame.ts)
//   version 1 (read only): one byte, bits 0-2 = platforms by wire number, bits 3-7 zero
//   then 3 bytes per step: its item number (content/item-number.ts), in the trainer's order
import type { PlatformId } from '../../content/messengers.ts';
import { failed, frame, platformSet, readBitset, readItemRecords, unframe, wiresIn, writeItemNumber, type Decoded, type FrameError } from '../../store/frame.ts';

export const PLAN_VERSION = 2;
export const MAX_PLAN_LENGTH = 4096;
const ITEM_NUMBER = 3;
/** Format 1 had room for three platforms, and no more. */
const V1_PLATFORM_BITS = 3;

export interface Plan {
  /** Item keys (`messenger/id`) in the order the trainer chose. */
  items: string[];
  platforms: PlatformId[];
}

export type PlanError = FrameError;

export function encodePlan(plan: Plan): string {
  return frame(PLAN_VERSION, [...platformSet.write(plan.platforms), ...plan.items.flatMap(writeItemNumber)]);
}

function readPlatforms(version: number, payload: Uint8Array): Decoded<{ platforms: PlatformId[]; next: number }> {
  if (version === 1) {
    const bits = payload[0];
    const platforms = bits === undefined || bits >> V1_PLATFORM_BITS ? undefined : platformSet.read(wiresIn(bits, V1_PLATFORM_BITS));
    return platforms ? { ok: true, value: { platforms, next: 1 } } : failed('damaged');
  }
  const chosen = readBitset(payload, 0);
  if (!chosen) return failed('damaged');
  const platforms = platformSet.read(chosen.wires);
  // The checksum holds, so a platform this version does not know was added by a newer one.
  return platforms ? { ok: true, value: { platforms, next: chosen.next } } : failed('newer');
}

export function decodePlan(fragment: string, knownKeys: readonly string[]): Decoded<Plan & { unknown: number }, PlanError> {
  const framed = unframe(fragment, { oldest: 1, current: PLAN_VERSION, maxLength: MAX_PLAN_LENGTH });
  if (!framed.ok) return framed;
  const { version, payload } = framed.value;
  const read = readPlatforms(version, payload);
  if (!read.ok) return read;
  const found = readItemRecords(payload, read.value.next, ITEM_NUMBER, knownKeys);
  if (!found) return failed('damaged');
  if (found.records.length === 0 && found.unknown === 0) return failed('empty');
  return { ok: true, value: { items: found.records.map((record) => record.key), platforms: read.value.platforms, unknown: found.unknown } };
}
