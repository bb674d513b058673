// @vitest-environment jsdom
// The Atom feed of "What changed" (scripts/atom-feed.ts), read back with an XML parser: well
// formed, in the Atom namespace, with what RFC 4287 requires on the feed and on every entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATOM_NS, atomFeed } from '../../scripts/atom-feed.ts';
import { changeLog } from '../../src/compiler/change-log.ts';
import { compile, type SourceFile } from '../../src/compiler/compile.ts';
import type { ChecklistItem } from '../../src/content/schema.ts';

// Under jsdom, import.meta.url is not a file: URL; Vitest runs from the project root.
const fixtures = join(process.cwd(), 'tests/fixtures/content/good');
const files: SourceFile[] = ['signal/registration-lock.md', 'signal/usernames.md', 'telegram/auto-delete.md', 'glossary.md', 'settings-entry.md'].map((path) => ({
  path: `content/${path}`,
  text: readFileSync(join(fixtures, path), 'utf8'),
}));
const compiled = compile(files);

/** A note with every character XML treats specially. */
const SPECIAL_NOTE = `Settings > Privacy & Security: "Auto-delete" is now <on> by default, and it's shorter.`;

// The fixture items, one given a change log whose newest entry has XML's special characters.
const items: ChecklistItem[] = compiled.items.map((item) =>
  item.id === 'auto-delete'
    ? {
        ...item,
        revision: item.revision + 1,
        changes: [
          { date: '2026-12-01', revision: item.revision + 1, note: SPECIAL_NOTE },
          { date: '2026-10-01', revision: item.revision, note: 'The older change, kept so the order is tested.' },
        ],
      }
    : item,
);
const expected = changeLog(items);

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
const children = (parent: Element, name: string) =>
  [...parent.children].filter((child) => child.namespaceURI === ATOM_NS && child.localName === name);
const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? undefined;

describe('atomFeed()', () => {
  const document = parse(atomFeed(items));
  const feed = document.documentElement;
  const entries = children(feed, 'entry');

  it('compiles the fixtures without problems, some with changes and some without', () => {
    expect(compiled.problems).toEqual([]);
    expect(items.some((item) => item.changes === undefined)).toBe(true);
    expect(expected.length).toBeGreaterThan(1);
  });

  it('is well-formed XML whose root is an Atom feed', () => {
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM_NS);
  });

  it('has the elements a feed must have', () => {
    expect(text(feed, 'id')).toMatch(/^tag:[^,]+,\d{4}(-\d\d){0,2}:\S+$/);
    expect(text(feed, 'title')).toBeTruthy();
    expect(text(feed, 'updated')).toBe(`${expected[0]!.date}T00:00:00Z`);
    expect(text(children(feed, 'author')[0]!, 'name')).toBeTruthy();
    const links = children(feed, 'link');
    expect(links.find((link) => link.getAttribute('rel') === 'self')?.getAttribute('href')).toBe('/changes.atom');
    expect(links.find((link) => link.getAttribute('rel') === 'alternate')?.getAttribute('href')).toBe('/changes');
  });

  it('has one entry per change, newest first, each with what an entry must have', () => {
    expect(entries).toHaveLength(expected.length);
    entries.forEach((entry, position) => {
      const change = expected[position]!;
      expect(text(entry, 'id')).toBe(`tag:messenger-hardening-checklist,2026:changes/${change.messenger}/${change.id}/${change.revision}`);
      expect(text(entry, 'title')).toContain(change.title);
      expect(text(entry, 'updated')).toBe(`${change.date}T00:00:00Z`);
      expect(children(entry, 'link')[0]?.getAttribute('href')).toBe(`/${change.messenger}/${change.id}`);
      expect(children(entry, 'summary')[0]?.getAttribute('type')).toBe('text');
      expect(text(entry, 'summary')).toBe(change.note);
    });
    const dates = entries.map((entry) => text(entry, 'updated')!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives every change its own stable id', () => {
    const ids = entries.map((entry) => text(entry, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(parse(atomFeed(items)).documentElement.outerHTML).toBe(feed.outerHTML);
  });

  it('escapes XML special characters, which read back intact', () => {
    const xml = atomFeed(items);
    expect(xml).not.toContain(SPECIAL_NOTE);
    expect(entries.map((entry) => text(entry, 'summary'))).toContain(SPECIAL_NOTE);
  });

  it('contributes nothing for items without changes, and still dates an empty feed', () => {
    const none = items.map(({ changes: _changes, ...item }) => item);
    const empty = parse(atomFeed(none)).documentElement;
    expect(children(empty, 'entry')).toHaveLength(0);
    expect(text(empty, 'updated')).toBe(`${none.map((item) => item.reviewed).sort().at(-1)}T00:00:00Z`);
  });
});
