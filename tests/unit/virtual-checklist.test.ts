// virtual:checklist as the app imports it (through the plugin, over content/): its exports
// are exactly those declared in checklist-module.ts, with the declared shapes; and so are
// those of the lazily loaded virtual:checklist/glossary.
import * as checklist from 'virtual:checklist';
import * as changeLog from 'virtual:checklist/changes';
import * as glossaryModule from 'virtual:checklist/glossary';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHECKLIST_EXPORTS, GLOSSARY_EXPORTS, type ChangesModule, type ChecklistModule, type GlossaryModule } from '../../src/compiler/checklist-module.ts';
import { MESSENGER_IDS } from '../../src/content/messengers.ts';
import { changeEntrySchema, checklistItemSchema, glossaryTermSchema, itemCountEntrySchema, itemIndexEntrySchema, itemSummarySchema } from '../../src/content/schema.ts';

// Type level: checklist.d.ts declares exactly the exports of ChecklistModule, with its types.
const declared: ChecklistModule = checklist;
const declaredGlossary: GlossaryModule = glossaryModule;
type Extra = Exclude<keyof typeof checklist, keyof ChecklistModule> | Exclude<keyof typeof glossaryModule, keyof GlossaryModule>;
const noExtra: [Extra] extends [never] ? true : Extra = true;
void [declared, declaredGlossary, noExtra];
const declaredChanges: ChangesModule = changeLog;
type ExtraChanges = Exclude<keyof typeof changeLog, keyof ChangesModule>;
const noExtraChanges: [ExtraChanges] extends [never] ? true : ExtraChanges = true;
void [declaredChanges, noExtraChanges];

describe('virtual:checklist', () => {
  it('exports exactly the declared names', () => {
    expect(Object.keys(checklist).sort()).toEqual([...CHECKLIST_EXPORTS].sort());
  });

  it('exports an index of small entries without item text, one per item', () => {
    const index = z.array(itemCountEntrySchema).parse(checklist.index);
    expect(index.length).toBeGreaterThan(0);
  });

  it('loads the entries (titles, recovery steps) on demand, in the index order', async () => {
    const entries = z.array(itemIndexEntrySchema).parse(await checklist.loadEntries());
    expect(entries.map(({ messenger, id }) => `${messenger}/${id}`)).toEqual(checklist.index.map(({ messenger, id }) => `${messenger}/${id}`));
  });

  it('leaves the glossary to its own module', () => {
    expect(Object.keys(checklist)).not.toContain('glossary');
  });

  it("loads each messenger's rows without bodies", async () => {
    for (const messenger of MESSENGER_IDS) {
      const rows = z.array(itemSummarySchema).parse(await checklist.loadMessenger(messenger));
      expect(rows.map((row) => row.id)).toEqual(checklist.index.filter((entry) => entry.messenger === messenger).map((entry) => entry.id));
    }
  });

  it('loads each item in full, and undefined for an unknown one', async () => {
    for (const { messenger, id } of checklist.index) {
      expect(checklistItemSchema.parse(await checklist.loadItem(messenger, id))).toMatchObject({ messenger, id });
    }
    expect(await checklist.loadItem('signal', 'no-such-item')).toBeUndefined();
    expect(await checklist.loadItem('__proto__', 'toString')).toBeUndefined();
  });
});

describe('virtual:checklist/changes', () => {
  it('exports only the change log: each change of an item in the index, newest first', async () => {
    expect(Object.keys(changeLog)).toEqual(['changes']);
    const changes = z.array(changeEntrySchema).parse(changeLog.changes);
    const dates = changes.map((change) => change.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const change of changes) {
      const item = await checklist.loadItem(change.messenger, change.id);
      expect(item?.changes).toContainEqual({ date: change.date, revision: change.revision, note: change.note });
      expect(change.title).toBe(item?.title);
    }
    const recorded = await Promise.all(checklist.index.map(async ({ messenger, id }) => (await checklist.loadItem(messenger, id))?.changes?.length ?? 0));
    expect(changes).toHaveLength(recorded.reduce((sum, count) => sum + count, 0));
  });
});

describe('virtual:checklist/glossary', () => {
  it('exports exactly the declared names', () => {
    expect(Object.keys(glossaryModule).sort()).toEqual([...GLOSSARY_EXPORTS].sort());
  });

  it('exports every term, sorted by its words', () => {
    const terms = z.array(glossaryTermSchema).parse(glossaryModule.glossary);
    const words = terms.map((entry) => entry.term);
    expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it("gives each item the entries of the terms it links, and only those", async () => {
    const byId = new Map(glossaryModule.glossary.map(({ id, term, definition }) => [id, { term, definition }]));
    for (const { messenger, id } of checklist.index) {
      const item = await checklist.loadItem(messenger, id);
      for (const [termId, entry] of Object.entries(item!.terms)) expect(entry).toEqual(byId.get(termId));
    }
  });
});
