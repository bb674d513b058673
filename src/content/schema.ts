// The one place checklist item types come from (Node-side: this module loads zod, so the
// browser code imports only its types, and the plain constants from vocabulary.ts). The compiler validates every content
// file's frontmatter against `frontmatterSchema` and builds `ChecklistItem`s; the app and
// the tests only ever see these inferred types.
import { z } from 'zod';
import { MESSENGER_IDS, PLATFORM_IDS } from './messengers.ts';
import { ITEM_ID_PATTERN, PRIORITIES, SOURCE_IDS, THREATS } from './vocabulary.ts';
import { LOCALES } from '../i18n/locales.ts';

const isoDate = z.iso.date({ error: 'expected a date written as YYYY-MM-DD' });
const uniqueList = <T extends z.ZodType>(inner: T) =>
  z
    .array(inner)
    .min(1, { error: 'expected at least one entry' })
    .refine((list) => new Set(list).size === list.length, { error: 'lists an entry twice', params: { code: 'duplicate-entry' } });

export const vendorLinkSchema = z.strictObject({
  /** Link text: says whose page it is and what it covers. */
  title: z.string().trim().min(3, { error: 'expected a title of at least 3 characters' }),
  url: z.string(),
  /** The platforms this page is for; leave out when it covers all of the item's platforms. */
  platforms: uniqueList(z.enum(PLATFORM_IDS)).optional(),
  /** Set to the page's host (e.g. `www.howtogeek.com`) to allow a page off the vendor's domains. */
  thirdParty: z.string().optional(),
});

/** One numbered step of a recovery item, in order: what a person's tick is stored against. */
export const recoveryStepSchema = z.strictObject({
  /** kebab-case, unique in the item, stable forever. */
  id: z.string().regex(ITEM_ID_PATTERN, { error: 'expected a kebab-case id such as check-account' }),
  /** Bump when this step changes, so a person who ticked it is asked to check again. */
  revision: z.int().min(1),
  /** The step's position (from 1) before step ids existed, so ticks saved then still count. */
  was: z.int().min(1).optional(),
});
export type RecoveryStep = z.infer<typeof recoveryStepSchema>;

/** One fact a step rests on, and where and when it was read: for the item page's "How we checked this". */
export const evidenceSchema = z.strictObject({
  /** The fact, in one plain sentence. */
  fact: z.string().trim().min(10, { error: 'expected a sentence of at least 10 characters' }),
  /** The platforms the fact was checked for; leave out when it holds for all of the item's platforms. */
  platforms: uniqueList(z.enum(PLATFORM_IDS)).optional(),
  /** Where it was read: a page's https URL, or `owner/repo: path` for an app's open-source code. */
  source: z.string().trim().min(1, { error: 'expected a URL or owner/repo: path' }),
  /** The day it was read. */
  read: isoDate,
  /** Whether the source confirms the fact as the step states it. */
  confirmed: z.boolean(),
  note: z.string().trim().min(10, { error: 'expected a sentence of at least 10 characters' }).optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** One change to the steps: what a person who ticked an earlier revision should know. */
export const changeSchema = z.strictObject({
  date: isoDate,
  revision: z.int().min(1),
  note: z.string().trim().min(10, { error: 'expected a sentence of at least 10 characters' }),
});
export type Change = z.infer<typeof changeSchema>;

export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(3, { error: 'expected a title of at least 3 characters' }),
  messenger: z.enum(MESSENGER_IDS),
  order: z.int().min(0),
  priority: z.enum(PRIORITIES),
  /** One sentence: what this step protects against, in plain words. */
  protects: z.string().trim().min(10, { error: 'expected a sentence of at least 10 characters' }),
  threats: uniqueList(z.enum(THREATS)),
  platforms: uniqueList(z.enum(PLATFORM_IDS)),
  links: z.array(vendorLinkSchema).min(1, { error: 'expected at least one vendor link' }),
  sources: uniqueList(z.enum(SOURCE_IDS)),
  /** The day the steps were last checked against the vendor's own pages. */
  reviewed: isoDate,
  /** Bump when the steps change, so people who ticked the old steps are asked to check again. */
  revision: z.int().min(1),
  /** About how long the steps take, in whole minutes. */
  minutes: z.int().min(1).max(60).optional(),
  /** For checks worth repeating (linked devices, sessions): days until it is due again. */
  recheckDays: z.int().min(1).max(365).optional(),
  /** What the vendor changed since the source document: shown plainly on the item. */
  changed: z.string().trim().min(10).optional(),
  /** What could not be confirmed on the vendor's own pages: shown as a warning. */
  unconfirmed: z.string().trim().min(10).optional(),
  /** The facts the steps rest on, with where and when each was read. */
  evidence: z.array(evidenceSchema).min(1, { error: 'expected at least one entry' }).optional(),
  /** What changed in the steps, newest first; the first entry is the current revision. */
  changes: z.array(changeSchema).min(1, { error: 'expected at least one entry' }).optional(),
  /** Recovery items only: one entry per numbered step, in order (see docs/content-style.md). */
  recoverySteps: z.array(recoveryStepSchema).min(1, { error: 'expected one entry per numbered step' }).optional(),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type VendorLink = z.infer<typeof vendorLinkSchema>;

// The body is compiled at build time into this small tree; the app renders it with one
// component and never parses Markdown or HTML.
const textSchema = z.strictObject({
  type: z.literal('text'),
  value: z.string(),
  strong: z.boolean().optional(),
  emphasis: z.boolean().optional(),
  /** In a translation: the English menu label, shown beside one the app's translation could not confirm. */
  en: z.string().optional(),
});
const codeSchema = z.strictObject({ type: z.literal('code'), value: z.string() });
const externalLinkSchema = z.strictObject({
  type: z.literal('external-link'),
  href: z.url({ protocol: /^https$/ }),
  children: z.array(z.union([textSchema, codeSchema])),
});
const itemLinkSchema = z.strictObject({
  type: z.literal('item-link'),
  messenger: z.enum(MESSENGER_IDS),
  id: z.string().regex(ITEM_ID_PATTERN),
  children: z.array(z.union([textSchema, codeSchema])),
});
/** Words linked to their glossary entry, written `[IP address](glossary:ip-address)`. */
const termSchema = z.strictObject({
  type: z.literal('term'),
  id: z.string().regex(ITEM_ID_PATTERN),
  children: z.array(z.union([textSchema, codeSchema])),
});
/**
 * A menu path, written `**Settings** → **Privacy**`: its labels in order (each a bold label,
 * sometimes with a note in brackets). The app draws the separator, so it follows the text direction.
 */
const pathSchema = z.strictObject({
  type: z.literal('path'),
  segments: z.array(z.array(z.union([textSchema, codeSchema])).min(1)).min(2),
});
export const inlineSchema = z.discriminatedUnion('type', [
  textSchema,
  codeSchema,
  externalLinkSchema,
  itemLinkSchema,
  termSchema,
  pathSchema,
]);
export type Inline = z.infer<typeof inlineSchema>;

const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), children: z.array(inlineSchema) });
const nestedListSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.array(paragraphSchema)),
});
const listSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.array(z.union([paragraphSchema, nestedListSchema]))),
});
export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, listSchema]);
export type Block = z.infer<typeof blockSchema>;

/** Steps, optionally split by platform with `### Android`, `### iPhone and Android`, … */
export const stepGroupSchema = z.strictObject({
  /** Empty when the group applies to every platform of the item. */
  platforms: z.array(z.enum(PLATFORM_IDS)),
  blocks: z.array(blockSchema),
});
export type StepGroup = z.infer<typeof stepGroupSchema>;

/** One entry of content/glossary.md. */
export const glossaryTermSchema = z.strictObject({
  /** kebab-case, stable: items link to it as `glossary:<id>`. */
  id: z.string().regex(ITEM_ID_PATTERN, { error: 'expected a kebab-case id such as ip-address' }),
  /** The words as a reader sees them, e.g. "IP address". */
  term: z.string().trim().min(2, { error: 'expected the term in words' }),
  /** One plain sentence. */
  definition: z.string().trim().min(10, { error: 'expected a sentence of at least 10 characters' }),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
/** content/glossary.md: only frontmatter, a list of terms. */
export const glossaryFileSchema = z.strictObject({
  terms: z.array(glossaryTermSchema).min(1, { error: 'expected at least one term' }),
});
/** The compiled glossary: term id → its words and definition. */
export const glossarySchema = z.record(z.string().regex(ITEM_ID_PATTERN), glossaryTermSchema.omit({ id: true }));
export type Glossary = z.infer<typeof glossarySchema>;

/** Evidence for how to open Settings: an entry is for one platform already, so without `platforms`. */
export const settingsEvidenceSchema = evidenceSchema.omit({ platforms: true });
export type SettingsEvidence = z.infer<typeof settingsEvidenceSchema>;
/** One entry of content/settings-entry.md: how to open Settings in one messenger on one platform. */
export const settingsEntrySourceSchema = z.strictObject({
  messenger: z.enum(MESSENGER_IDS),
  platform: z.enum(PLATFORM_IDS),
  /** One or two plain sentences; **bold**, *emphasis* and `code` only. */
  how: z.string().trim().min(10, { error: 'expected a sentence of at least 10 characters' }),
  evidence: z.array(settingsEvidenceSchema).min(1, { error: 'expected at least one entry' }),
});
/** content/settings-entry.md: only frontmatter, a list of entries. */
export const settingsEntryFileSchema = z.strictObject({
  entries: z.array(settingsEntrySourceSchema).min(1, { error: 'expected at least one entry' }),
});
/** How to open Settings on one of an item's platforms, as the item page shows it before the steps. */
export const settingsEntrySchema = z.strictObject({
  platform: z.enum(PLATFORM_IDS),
  /** Inline nodes: text (bold, emphasis) and code only. */
  how: z.array(z.union([textSchema, codeSchema])),
  evidence: z.array(settingsEvidenceSchema),
});
export type SettingsEntry = z.infer<typeof settingsEntrySchema>;

/** A menu label of a translated step, as the app shows it in that language, and where that was read. */
export const labelCheckSchema = z.strictObject({
  en: z.string(),
  label: z.string(),
  confirmed: z.boolean(),
  source: z.string().optional(),
});
export type LabelCheck = z.infer<typeof labelCheckSchema>;

/** What a page in another language says about its translation. */
export const translationSchema = z.strictObject({
  locale: z.enum(LOCALES),
  /** current: translates today's English; stale: an older English revision; missing: English shown instead. */
  status: z.enum(['current', 'stale', 'missing']),
  /** The English revision the translation was made from. */
  translates: z.int().min(1).optional(),
  translated: isoDate.optional(),
  /** Set when a native-speaking trainer has reviewed the translation. */
  review: z.strictObject({ by: z.string().trim().min(2), date: isoDate }).optional(),
  /** The bold labels of the steps, each confirmed against the app's own translation or not. */
  labels: z.array(labelCheckSchema),
});
export type Translation = z.infer<typeof translationSchema>;

export const checklistItemSchema = z.strictObject({
  ...frontmatterSchema.shape,
  links: z.array(
    vendorLinkSchema.extend({
      url: z.url({ protocol: /^https$/ }),
      host: z.string(),
      /** On a page in another language: the vendor has no page in that language, so this one is in English. */
      inEnglish: z.boolean().optional(),
    }),
  ),
  /** Only on pages in another language than English. */
  translation: translationSchema.optional(),
  id: z.string().regex(ITEM_ID_PATTERN),
  /** Path of the content file, relative to the project root (for error reports and "edit" links). */
  file: z.string(),
  why: z.array(blockSchema).min(1),
  steps: z.array(stepGroupSchema).min(1),
  caveats: z.array(blockSchema),
  /**
   * The glossary entries this item links to, by id: the item page defines its terms without the
   * whole glossary. In an item module, in the order the page's language sorts their words.
   */
  terms: glossarySchema,
  /** How to open Settings in this messenger, one entry per platform of the item, in the item's platform order. */
  settingsEntry: z.array(settingsEntrySchema),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;


/** What the first page needs about every item, for progress counts: no text, so it grows little with content. */
export const itemCountEntrySchema = checklistItemSchema.pick({
  messenger: true,
  id: true,
  priority: true,
  revision: true,
  recheckDays: true,
});
export type ItemCountEntry = z.infer<typeof itemCountEntrySchema>;

/** What lists, links and codecs need about every item (titles, recovery step ids): loaded after the first paint. */
export const itemIndexEntrySchema = checklistItemSchema.pick({
  messenger: true,
  id: true,
  title: true,
  priority: true,
  revision: true,
  recheckDays: true,
  minutes: true,
  recoverySteps: true,
});
export type ItemIndexEntry = z.infer<typeof itemIndexEntrySchema>;
/** One row of a messenger's list: everything but the body, its terms, the settings entry and the evidence (only on the item's page). */
export const itemSummarySchema = checklistItemSchema.omit({ why: true, steps: true, caveats: true, evidence: true, terms: true, settingsEntry: true, translation: true });
export type ItemSummaryData = z.infer<typeof itemSummarySchema>;

/** One change of one item, as "What changed" and the Atom feed list it (newest first across items). */
export const changeEntrySchema = z.strictObject({
  messenger: z.enum(MESSENGER_IDS),
  id: z.string().regex(ITEM_ID_PATTERN),
  title: z.string(),
  ...changeSchema.shape,
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

export function toCountEntry({ messenger, id, priority, revision, recheckDays }: ChecklistItem): ItemCountEntry {
  return { messenger, id, priority, revision, ...(recheckDays === undefined ? {} : { recheckDays }) };
}

export function toIndexEntry({ messenger, id, title, priority, revision, recheckDays, minutes, recoverySteps }: ChecklistItem): ItemIndexEntry {
  return {
    messenger,
    id,
    title,
    priority,
    revision,
    ...(recheckDays === undefined ? {} : { recheckDays }),
    ...(minutes === undefined ? {} : { minutes }),
    ...(recoverySteps === undefined ? {} : { recoverySteps }),
  };
}

export function toSummary({
  why: _why,
  steps: _steps,
  caveats: _caveats,
  evidence: _evidence,
  terms: _terms,
  settingsEntry: _settingsEntry,
  translation: _translation,
  ...summary
}: ChecklistItem): ItemSummaryData {
  return summary;
}

/** A translated item's frontmatter (content/<locale>/<messenger>/<id>.md): the words only; the rest comes from the English item. */
export const translationFrontmatterSchema = z.strictObject({
  /** The English item's `revision` this translates. */
  translates: z.int().min(1),
  /** The day it was translated. */
  translated: isoDate,
  /** Only when a native-speaking trainer has reviewed the translation. */
  review: z.strictObject({ by: z.string().trim().min(2), date: isoDate }).optional(),
  title: frontmatterSchema.shape.title,
  protects: frontmatterSchema.shape.protects,
  changed: frontmatterSchema.shape.changed,
  unconfirmed: frontmatterSchema.shape.unconfirmed,
  /** The English links' titles, translated, in the same order. */
  links: z.array(z.string().trim().min(3, { error: 'expected a title of at least 3 characters' })).min(1, { error: 'expected one title per English link' }),
  /** The English changes' notes, translated (by revision). */
  changes: z.array(changeSchema.omit({ date: true })).optional(),
});
export type TranslationFrontmatter = z.infer<typeof translationFrontmatterSchema>;

/** content/<locale>/glossary.md */
export const glossaryTranslationSchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1) });
/** content/<locale>/settings-entry.md */
export const settingsEntryTranslationSchema = z.strictObject({
  entries: z.array(settingsEntrySourceSchema.pick({ messenger: true, platform: true, how: true })).min(1),
});
/** content/<locale>/menu-labels.yaml: per messenger and English label, the label that language's app shows. */
export const menuLabelsSchema = z.looseObject({
  locale: z.enum(LOCALES),
  labels: z.partialRecord(
    z.enum(MESSENGER_IDS),
    z.array(
      z.looseObject({ en: z.string(), label: z.string().nullable(), confirmed: z.boolean(), source: z.string().optional(), platforms: z.array(z.string()).optional() }),
    ),
  ),
});
export type MenuLabels = z.infer<typeof menuLabelsSchema>;
