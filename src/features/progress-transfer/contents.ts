// What a link or file holds, described for the person before they decide what to do with it.
import { MESSENGERS, MESSENGER_IDS } from '../../content/messengers.ts';
import { formatDate } from '../../i18n/format-date.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { formatList } from '../../i18n/lists.ts';
import type { ProgressData } from '../../store/schema.ts';


/** Only the steps this version has: links name steps by number, and other keys would not round-trip. */
export function knownProgress(data: ProgressData, knownKeys: readonly string[]): ProgressData {
  const known = new Set(knownKeys);
  return { ...data, items: Object.fromEntries(Object.entries(data.items).filter(([key]) => known.has(key))) };
}


/** "9 steps done and 2 marked “doesn't apply” across Signal and WhatsApp, saved 3 November 2026", in the page's language */
export function describeProgress(t: Translate, data: ProgressData, savedAt: string): string {
  const records = Object.entries(data.items);
  const done = records.filter(([, record]) => record.status === 'done').length;
  const skipped = records.filter(([, record]) => record.status === 'skipped').length;
  const messengers = MESSENGER_IDS.filter((id) => records.some(([key, record]) => key.startsWith(`${id}/`) && record.status !== 'todo'));
  const doneText = t('progress.contents.done', { count: done });
  const steps = skipped ? t('progress.contents.doneAndSkipped', { done: doneText, count: skipped }) : doneText;
  const date = formatDate(savedAt, t.locale);
  return messengers.length
    ? t('progress.contents.summaryAcross', { steps, messengers: formatList(messengers.map((id) => MESSENGERS[id].name), t.locale), date })
    : t('progress.contents.summary', { steps, date });
}
