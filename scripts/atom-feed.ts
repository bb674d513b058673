// The Atom feed (RFC 4287) of "What changed": one entry per change of any item, newest first,
// built from the compiled content. Pure: scripts/changes-feed.ts writes it to dist/changes.atom.
import { changeLog } from '../src/compiler/change-log.ts';
import { MESSENGERS } from '../src/content/messengers.ts';
import type { ChecklistItem } from '../src/content/schema.ts';
import { CHANGES_FEED, paths } from '../src/routing/paths.ts';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/**
 * The tagging entity of every id in the feed (RFC 4151: a name and the year it was first used).
 * Ids must never change once published, or feed readers show every entry again.
 */
export const TAG_ENTITY = 'messenger-hardening-checklist,2026';

/** The site's name as page titles show it (components/page-title.tsx, which Node cannot load). */
const SITE_NAME = 'Messenger hardening checklist';

// Characters XML 1.0 does not allow at all, even escaped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for element content or an attribute value, escaped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A day (YYYY-MM-DD) as an Atom date (RFC 3339 date-time, midnight UTC). */
const atomDate = (day: string) => `${day}T00:00:00Z`;

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

/** The feed for these compiled items; items without `changes` contribute nothing. */
export function atomFeed(items: readonly ChecklistItem[]): string {
  const changes = changeLog(items);
  // An empty feed still needs `updated`: the day the content was last reviewed.
  const updated = changes[0]?.date ?? items.map((item) => item.reviewed).sort().at(-1);
  if (updated === undefined) throw new Error('atomFeed: no items, so no date for the feed');

  const entries = changes.map((change) =>
    [
      '  <entry>',
      `    ${element('id', `tag:${TAG_ENTITY}:changes/${change.messenger}/${change.id}/${change.revision}`)}`,
      `    ${element('title', `${MESSENGERS[change.messenger].name}: ${change.title} (revision ${change.revision})`)}`,
      `    ${element('updated', atomDate(change.date))}`,
      `    ${link('alternate', 'text/html', paths.item(change.messenger, change.id))}`,
      `    ${element('summary', change.note, ' type="text"')}`,
      '  </entry>',
    ].join('\n'),
  );

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="en">`,
    `  ${element('id', `tag:${TAG_ENTITY}:changes`)}`,
    `  ${element('title', `What changed: ${SITE_NAME}`)}`,
    `  ${element('subtitle', 'Every change to the steps of the WhatsApp, Signal and Telegram checklist, newest first.')}`,
    `  ${element('updated', atomDate(updated))}`,
    `  <author>${element('name', SITE_NAME)}</author>`,
    `  ${link('self', 'application/atom+xml', CHANGES_FEED)}`,
    `  ${link('alternate', 'text/html', paths.changes())}`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
