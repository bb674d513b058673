// What a link or file holds, described for the person before they decide what to do with it.
import { MESSENGERS, MESSENGER_IDS } from '../../content/messengers.ts';
import { formatDate } from '../../i18n/format-date.ts';
import type { ProgressData } from '../../store/schema.ts';


/** Only the steps this version has: links name steps by number, and other keys would not round-trip. */
export function knownProgress(data: ProgressData, knownKeys: readonly string[]): ProgressData {
  const known = new Set(knownKeys);
  return { ...data, items: Object.fromEntries(Object.entries(data.items).filter(([key]) => known.has(key))) };
}


const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "9 steps done and 2 marked “doesn't apply” across Signal and WhatsApp, saved 3 November 2026" */
export function describeProgress(data: ProgressData, savedAt: string): string {
  const records = Object.entries(data.items);
  const done = records.filter(([, record]) => record.status === 'done').length;
  const skipped = records.filter(([, record]) => record.status === 'skipped').length;
  const messengers = MESSENGER_IDS.filter((id) => records.some(([key, record]) => key.startsWith(`${id}/`) && record.status !== 'todo'));
  const parts = [count(done, 'step done', 'steps done')];
  if (skipped) parts.push(`${skipped} marked “doesn’t apply”`);
  const across = messengers.length ? ` across ${messengers.map((id) => MESSENGERS[id].name).join(' and ')}` : '';
  return `${parts.join(' and ')}${across}, saved ${formatDate(savedAt)}`;
}
