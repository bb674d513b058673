// Translations of the checklist (content/<locale>/): per item the words only (title, what it
// protects, link titles, the body), laid over the English item, which stays the source of
// every fact (order, platforms, links, evidence, revision). Pure: files in, one list of items
// per language plus problems and a report of stale and missing translations out.
//
// A translation must have its English item's structure: the same step groups, lists and
// numbered steps (ticks are stored against them), the same item, glossary and web links, and
// in each paragraph the same number of bold labels in the same order. Each bold label is
// paired with the English one in its place and looked up in content/<locale>/menu-labels.yaml:
// a label the app's own translation confirms must be written as the app shows it; any other
// keeps its English label beside it, so a person can still find the menu.
import { parse as parseYaml } from 'yaml';
import { LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { MESSENGER_IDS, PLATFORM_IDS, type MessengerId, type PlatformId } from '../content/messengers.ts';
import {
  glossaryTranslationSchema,
  menuLabelsSchema,
  settingsEntryTranslationSchema,
  translationFrontmatterSchema,
  type Block,
  type ChecklistItem,
  type Glossary,
  type GlossaryTerm,
  type Inline,
  type LabelCheck,
  type MenuLabels,
  type SettingsEntry,
  type StepGroup,
} from '../content/schema.ts';
import { plainText, readBody } from './body.ts';
import { readFrontmatterOnly, readYaml, splitFile } from './frontmatter.ts';
import { CONTENT_DIR } from './location.ts';
import { checkFrontmatterArrows } from './menu-paths.ts';
import { FILE_START, Reporter, type Position, type Problem } from './problems.ts';
import { readHow } from './settings-entry.ts';
import type { SourceFile } from './compile.ts';

export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, 'en'> => locale !== DEFAULT_LOCALE);
type TranslatedLocale = Exclude<Locale, 'en'>;

/** The folder of a language's translations. */
export const localeDir = (locale: Locale) => `${CONTENT_DIR}/${locale}`;
export const isTranslationPath = (path: string) => TRANSLATED_LOCALES.some((locale) => path.startsWith(`${localeDir(locale)}/`));

export interface LocaleContent {
  items: ChecklistItem[];
  glossary: GlossaryTerm[];
  /** Items whose translation is older than the English, and items with none (English shown). */
  stale: { file: string; translates: number; revision: number }[];
  missing: string[];
}

export interface TranslationsResult {
  locales: Record<TranslatedLocale, LocaleContent>;
  problems: Problem[];
}

// ---------------------------------------------------------------- vendor pages per language

/** The vendors' own codes for their help pages in each language (see shared/content-review.md). */
const VENDOR_LOCALES: Record<Exclude<Locale, 'en'>, { whatsapp: string; signal: string; telegram: string }> = {
  es: { whatsapp: 'es_LA', signal: 'es', telegram: 'es' },
  ar: { whatsapp: 'ar_AR', signal: 'ar', telegram: 'ar' },
  ru: { whatsapp: 'ru_RU', signal: 'ru', telegram: 'ru' },
  fa: { whatsapp: 'fa_IR', signal: 'fa', telegram: 'fa' },
};

/**
 * The vendor's page in `locale`, where the vendor publishes its help in languages: WhatsApp's
 * Help Center (`?locale=`), Signal Support (`/hc/<locale>/`), telegram.org (`?setln=`).
 * Undefined for other pages (blogs, code, third parties), which stay in English. The codes were
 * read in stored vendor pages and Signal Desktop's own support-locale list (see README); a
 * vendor may still show English for an article it has not translated.
 */
export function localizedVendorUrl(url: string, locale: TranslatedLocale): string | undefined {
  const parsed = new URL(url);
  const codes = VENDOR_LOCALES[locale];
  if (parsed.host === 'faq.whatsapp.com') {
    parsed.searchParams.set('locale', codes.whatsapp);
    return parsed.href;
  }
  if (parsed.host === 'support.signal.org' && /^\/hc\/[a-z-]+\//i.test(parsed.pathname)) {
    parsed.pathname = parsed.pathname.replace(/^\/hc\/[a-z-]+\//i, `/hc/${codes.signal}/`);
    return parsed.href;
  }
  // telegram.org's translated FAQ answers have other anchors than the English ones (2020 copy:
  // #q-how-do-i-log-out in English, numbers or other slugs elsewhere), so a link to one answer
  // stays on the English page, where its anchor is known to lead to the answer.
  if (parsed.host === 'telegram.org' && !parsed.hash) {
    parsed.searchParams.set('setln', codes.telegram);
    return parsed.href;
  }
  return undefined;
}

// ---------------------------------------------------------------- structure

/** Every paragraph of a body, in order, with a name a translator can find ("Steps (Android), step 3"). */
interface Paragraph {
  where: string;
  inlines: Inline[];
}

function paragraphsOf(section: string, blocks: readonly Block[], out: Paragraph[]): void {
  blocks.forEach((block, index) => {
    const where = `${section}, ${block.type === 'paragraph' ? 'paragraph' : 'list'} ${index + 1}`;
    if (block.type === 'paragraph') out.push({ where, inlines: block.children });
    else
      block.items.forEach((item, itemIndex) => {
        const itemWhere = `${section}, ${block.ordered ? 'step' : 'bullet'} ${itemIndex + 1}`;
        item.forEach((part, partIndex) => {
          if (part.type === 'paragraph') out.push({ where: itemWhere + (partIndex > 0 ? `, paragraph ${partIndex + 1}` : ''), inlines: part.children });
          else paragraphsOf(`${itemWhere}, sub-list`, [part], out);
        });
      });
  });
}

/** The shape of blocks, as a string to compare: kinds, list kinds and item counts, nesting. */
function shapeOf(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'paragraph'
        ? 'p'
        : `${block.ordered ? 'ol' : 'ul'}[${block.items.map((item) => item.map((part) => (part.type === 'paragraph' ? 'p' : shapeOf([part]))).join(',')).join('|')}]`,
    )
    .join(' ');
}

function groupName(group: StepGroup): string {
  return group.platforms.length ? `Steps (${group.platforms.join(' and ')})` : 'Steps';
}

/** "Android and iPhone" → "android and iphone", as groupName() writes a group's platforms. */
function platformKey(heading: string): string {
  return heading
    .split(/,|\band\b/)
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean)
    .join(' and ');
}

/** The text nodes in bold, in reading order (path segments included). */
function boldRuns(inlines: readonly Inline[]): { nodes: Extract<Inline, { type: 'text' }>[]; text: string }[] {
  const runs: { nodes: Extract<Inline, { type: 'text' }>[]; text: string }[] = [];
  let open = false;
  const visit = (list: readonly Inline[]) => {
    for (const node of list) {
      if (node.type === 'text' && node.strong) {
        if (open) {
          runs.at(-1)!.nodes.push(node);
          runs.at(-1)!.text += node.value;
        } else runs.push({ nodes: [node], text: node.value });
        open = true;
        continue;
      }
      open = false;
      if (node.type === 'path') node.segments.forEach((segment) => ((open = false), visit(segment as Inline[])));
      else if ('children' in node) visit(node.children as Inline[]);
    }
  };
  visit(inlines);
  return runs.map((run) => ({ ...run, text: run.text.trim() }));
}

/** The targets of a body's links, sorted, to compare English and translation. */
function linkTargets(inlines: readonly Inline[], out: string[]): void {
  for (const node of inlines) {
    if (node.type === 'external-link') out.push(node.href);
    else if (node.type === 'item-link') out.push(`${node.messenger}/${node.id}`);
    else if (node.type === 'term') out.push(`glossary:${node.id}`);
    if (node.type === 'path') node.segments.forEach((segment) => linkTargets(segment as Inline[], out));
    else if ('children' in node) linkTargets(node.children as Inline[], out);
  }
}

// ---------------------------------------------------------------- labels

/** Per English label, the labels confirmed in the app's translation, each for the platforms it was read for (none: any). */
type LabelIndex = Map<string, { confirmed: { label: string; source?: string; platforms?: readonly PlatformId[] }[] }>;

function labelIndex(labels: MenuLabels | undefined, messenger: MessengerId): LabelIndex {
  const index: LabelIndex = new Map();
  for (const entry of labels?.labels[messenger] ?? []) {
    const key = entry.en.trim();
    const found = index.get(key) ?? { confirmed: [] };
    const platforms = entry.platforms?.includes('all') ? undefined : entry.platforms?.filter((p): p is PlatformId => (PLATFORM_IDS as readonly string[]).includes(p));
    if (entry.confirmed && entry.label) {
      found.confirmed.push({ label: entry.label.trim(), ...(entry.source ? { source: entry.source } : {}), ...(platforms?.length ? { platforms } : {}) });
    }
    index.set(key, found);
  }
  return index;
}

/** The confirmed labels that hold for a part of the steps written for `platforms` (none: every platform of the item). */
function confirmedFor(known: ReturnType<LabelIndex['get']> & object, platforms: readonly PlatformId[]) {
  return known.confirmed.filter((entry) => !entry.platforms || platforms.length === 0 || entry.platforms.some((p) => platforms.includes(p)));
}

/** A label as the app's string file has it; `{0}` (or `%1$s`, `%d`) stands for a number or name the app fills in. */
function labelMatches(rawLabel: string, rawText: string): boolean {
  // Persian string files are often stored without the zero-width non-joiner the app shows (and text has).
  const label = rawLabel.replaceAll('\u200c', '');
  const text = rawText.replaceAll('\u200c', '');
  if (label === text) return true;
  const placeholder = /\{\d+\}|%(?:\d+\$)?[sd]/g;
  if (!placeholder.test(label)) return false;
  const pattern = label.split(placeholder).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+');
  return new RegExp(`^${pattern}$`).test(text);
}

// ---------------------------------------------------------------- one item

function translateItem(
  english: ChecklistItem,
  file: SourceFile,
  locale: TranslatedLocale,
  labels: MenuLabels | undefined,
  glossary: Glossary,
  settings: Map<string, SettingsEntry['how']>,
  report: Reporter,
): ChecklistItem | undefined {
  const before = report.count;
  const parts = splitFile(file.text, report);
  if (!parts) return undefined;
  const fm = readYaml(translationFrontmatterSchema, {}, parts.yaml, parts.firstLine, report);
  if (!fm) return undefined;
  checkFrontmatterArrows(fm.data, fm.at, report);
  // Links resolve as from the English file: a translation links to the same items.
  const body = readBody(parts.body, file.text, english.file, english.platforms, english.messenger, report);
  if (!body) return undefined;
  const bodyStart: Position = { line: parts.body[0]?.position?.start.line ?? 1, column: 1 };
  // Problems point at the heading of the section or step group they are in.
  const headings = parts.body.filter((node) => node.type === 'heading' && (node.depth === 2 || node.depth === 3));
  const lineOf = (where: string): Position => {
    const section = where.startsWith('Steps') ? 'Steps' : where.startsWith('Caveats') ? 'Caveats' : 'Why it matters';
    const sectionHeading = headings.find((node) => node.type === 'heading' && node.depth === 2 && plainText(node) === section);
    const group = /^Steps \(([^)]+)\)/.exec(where)?.[1];
    const groupHeading = group
      ? headings.find((node) => node.type === 'heading' && node.depth === 3 && platformKey(plainText(node)) === group)
      : undefined;
    const node = groupHeading ?? sectionHeading;
    return node?.position ? { line: node.position.start.line, column: node.position.start.column } : bodyStart;
  };
  const structure = (where: string, message: string) =>
    report.add(lineOf(where), 'body', 'translation-structure', `${where}: ${message}`, `keep the English item's structure (${english.file}); translate only the words`);

  if (fm.data.links.length !== english.links.length) {
    report.add(fm.at(['links']), 'links', 'translation-links', `has ${fm.data.links.length} link titles, the English item has ${english.links.length}`, 'one translated title per English link, in the same order');
  }
  if (fm.data.translates > english.revision) {
    report.add(fm.at(['translates']), 'translates', 'out-of-range', `translates revision ${fm.data.translates}, but the English item is at revision ${english.revision}`);
  }
  for (const [index, change] of (fm.data.changes ?? []).entries()) {
    if (!english.changes?.some((c) => c.revision === change.revision)) {
      report.add(fm.at(['changes', index, 'revision']), `changes[${index}].revision`, 'translation-changes', `the English item has no change for revision ${change.revision}`);
    }
  }
  for (const key of ['changed', 'unconfirmed'] as const) {
    if ((english[key] === undefined) !== (fm.data[key] === undefined)) {
      report.add(fm.at([key]), key, 'translation-structure', english[key] === undefined ? `the English item has no ${key}` : `the English item has ${key}: translate it too`);
    }
  }

  // Same sections, step groups (platforms) and block shapes.
  // Each part with the platforms its labels are for (none: every platform of the item).
  const sections: [string, readonly Block[], readonly Block[], readonly PlatformId[]][] = [
    ['Why it matters', english.why, body.why, []],
    ['Caveats', english.caveats, body.caveats, []],
  ];
  if (body.steps.length !== english.steps.length) structure('Steps', `${body.steps.length} step groups, the English has ${english.steps.length}`);
  else
    english.steps.forEach((group, index) => {
      const translated = body.steps[index]!;
      if (group.platforms.join() !== translated.platforms.join()) structure(groupName(translated), `the English group ${index + 1} is ${groupName(group)}`);
      else sections.push([groupName(group), group.blocks, translated.blocks, group.platforms]);
    });
  const labelChecks: LabelCheck[] = [];
  const index = labelIndex(labels, english.messenger);
  for (const [name, en, tr, platforms] of sections) {
    if (shapeOf(en) !== shapeOf(tr)) {
      structure(name, `paragraphs and lists differ from the English (${shapeOf(tr) || 'nothing'} here, ${shapeOf(en) || 'nothing'} in English)`);
      continue;
    }
    const enParagraphs: Paragraph[] = [];
    const trParagraphs: Paragraph[] = [];
    paragraphsOf(name, en, enParagraphs);
    paragraphsOf(name, tr, trParagraphs);
    enParagraphs.forEach((paragraph, at) => {
      const translated = trParagraphs[at]!;
      const enLinks: string[] = [];
      const trLinks: string[] = [];
      linkTargets(paragraph.inlines, enLinks);
      linkTargets(translated.inlines, trLinks);
      if (enLinks.sort().join() !== trLinks.sort().join()) structure(paragraph.where, `links to ${trLinks.join(', ') || 'nothing'}, the English to ${enLinks.join(', ') || 'nothing'}`);
      const enRuns = boldRuns(paragraph.inlines);
      const trRuns = boldRuns(translated.inlines);
      if (enRuns.length !== trRuns.length) {
        structure(paragraph.where, `${trRuns.length} bold labels, the English has ${enRuns.length} (${enRuns.map((run) => run.text).join(', ')})`);
        return;
      }
      enRuns.forEach((run, i) => {
        const tr = trRuns[i]!;
        const known = index.get(run.text);
        // Bold words that are not menu labels (the label file lists every label the English uses), or the same in both languages.
        if (!known || tr.text === run.text) return;
        // Only what was read for these platforms confirms a label: an iPhone label says nothing of Desktop.
        const candidates = confirmedFor(known, platforms);
        const confirmed = candidates.find((entry) => labelMatches(entry.label, tr.text));
        if (confirmed) {
          labelChecks.push({ en: run.text, label: tr.text, confirmed: true, ...(confirmed.source ? { source: confirmed.source } : {}) });
        } else if (candidates.length > 0) {
          report.add(
            lineOf(paragraph.where),
            'body',
            'translation-label',
            `${paragraph.where}: "${tr.text}" for "${run.text}", but the app shows ${candidates.map((entry) => `"${entry.label}"`).join(' or ')} in this language`,
            `write the label as the app shows it (${localeDir(locale)}/menu-labels.yaml)`,
          );
        } else {
          // Unconfirmed: the English label goes beside it, on the run's last text node.
          tr.nodes.at(-1)!.en = run.text;
          labelChecks.push({ en: run.text, label: tr.text, confirmed: false });
        }
      });
    });
  }
  if (report.count > before) return undefined;

  const translatedChanges = new Map((fm.data.changes ?? []).map((change) => [change.revision, change.note]));
  const stale = fm.data.translates < english.revision;
  const terms: Glossary = Object.fromEntries(Object.keys(english.terms).map((id) => [id, glossary[id] ?? english.terms[id]!]));
  return {
    ...english,
    title: fm.data.title,
    protects: fm.data.protects,
    ...(fm.data.changed ? { changed: fm.data.changed } : {}),
    ...(fm.data.unconfirmed ? { unconfirmed: fm.data.unconfirmed } : {}),
    links: english.links.map((link, i) => localizedLink(link, fm.data.links[i] ?? link.title, locale)),
    ...(english.changes ? { changes: english.changes.map((change) => ({ ...change, note: translatedChanges.get(change.revision) ?? change.note })) } : {}),
    why: body.why,
    steps: body.steps,
    caveats: body.caveats,
    terms,
    settingsEntry: english.settingsEntry.map((entry) => ({ ...entry, how: settings.get(`${english.messenger}/${entry.platform}`) ?? entry.how })),
    translation: {
      locale,
      status: stale ? 'stale' : 'current',
      translates: fm.data.translates,
      translated: fm.data.translated,
      ...(fm.data.review ? { review: fm.data.review } : {}),
      labels: uniqueLabels(labelChecks),
    },
  };
}

function uniqueLabels(list: LabelCheck[]): LabelCheck[] {
  const seen = new Set<string>();
  return list.filter((check) => {
    const key = `${check.en}\u0000${check.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function localizedLink(link: ChecklistItem['links'][number], title: string, locale: TranslatedLocale): ChecklistItem['links'][number] {
  const url = localizedVendorUrl(link.url, locale);
  return url ? { ...link, title, url } : { ...link, title, inEnglish: true };
}

/** An English item on a page in another language: its links and notice say it is not translated. */
function untranslated(english: ChecklistItem, locale: TranslatedLocale): ChecklistItem {
  return {
    ...english,
    links: english.links.map((link) => localizedLink(link, link.title, locale)),
    translation: { locale, status: 'missing', labels: [] },
  };
}

// ---------------------------------------------------------------- a language

export function compileTranslations(english: readonly ChecklistItem[], englishGlossary: readonly GlossaryTerm[], files: readonly SourceFile[]): TranslationsResult {
  const problems: Problem[] = [];
  const locales = {} as Record<TranslatedLocale, LocaleContent>;
  const byPath = new Map(files.map((file) => [file.path, file]));
  const englishKeys = new Set(english.map((item) => `${item.messenger}/${item.id}`));

  for (const locale of TRANSLATED_LOCALES) {
    const dir = localeDir(locale);
    const own = (report: Reporter) => problems.push(...report.problems);

    // The menu labels as this language's apps show them.
    let labels: MenuLabels | undefined;
    const labelsFile = byPath.get(`${dir}/menu-labels.yaml`);
    if (labelsFile) {
      const report = new Reporter(labelsFile.path);
      const parsed = menuLabelsSchema.safeParse(parseYaml(labelsFile.text));
      if (parsed.success) labels = parsed.data;
      else report.add(FILE_START, 'labels', 'invalid-value', `not a menu label file: ${parsed.error.issues[0]?.message ?? ''}`);
      own(report);
    }

    // The glossary: the same terms, in this language.
    const glossary: Glossary = {};
    const glossaryFile = byPath.get(`${dir}/glossary.md`);
    if (glossaryFile) {
      const report = new Reporter(glossaryFile.path);
      const parsed = readFrontmatterOnly(glossaryFile.text, glossaryTranslationSchema, {}, { code: 'glossary-body', message: 'the glossary has text after its frontmatter', hint: 'only frontmatter' }, report);
      for (const [i, term] of (parsed?.data.terms ?? []).entries()) {
        if (!englishGlossary.some((entry) => entry.id === term.id)) report.add(parsed!.at(['terms', i, 'id']), `terms[${i}].id`, 'translation-orphan', `the English glossary has no term "${term.id}"`);
        else glossary[term.id] = { term: term.term, definition: term.definition };
      }
      own(report);
    }

    // How to open Settings, in this language.
    const settings = new Map<string, SettingsEntry['how']>();
    const settingsFile = byPath.get(`${dir}/settings-entry.md`);
    if (settingsFile) {
      const report = new Reporter(settingsFile.path);
      const parsed = readFrontmatterOnly(settingsFile.text, settingsEntryTranslationSchema, {}, { code: 'settings-entry-body', message: 'the file has text after its frontmatter', hint: 'only frontmatter' }, report);
      for (const [i, entry] of (parsed?.data.entries ?? []).entries()) {
        const how = readHow(entry.how, i, parsed!.at, report);
        if (how) settings.set(`${entry.messenger}/${entry.platform}`, how);
      }
      own(report);
    }

    // Files that translate nothing.
    for (const file of files) {
      if (!file.path.startsWith(`${dir}/`) || !file.path.endsWith('.md')) continue;
      const rest = file.path.slice(dir.length + 1);
      if (rest === 'glossary.md' || rest === 'settings-entry.md') continue;
      const key = rest.replace(/\.md$/, '');
      if (!englishKeys.has(key) || !MESSENGER_IDS.some((m) => key.startsWith(`${m}/`))) {
        problems.push({ file: file.path, ...FILE_START, field: 'file', code: 'translation-orphan', message: `there is no English item ${CONTENT_DIR}/${rest}`, hint: 'a translation has the path of its English item under the language folder' });
      }
    }

    const content: LocaleContent = { items: [], glossary: [], stale: [], missing: [] };
    for (const item of english) {
      const file = byPath.get(`${dir}/${item.messenger}/${item.id}.md`);
      if (!file) {
        content.missing.push(`${dir}/${item.messenger}/${item.id}.md`);
        content.items.push(untranslated(item, locale));
        continue;
      }
      const report = new Reporter(file.path);
      const translated = translateItem(item, file, locale, labels, glossary, settings, report);
      own(report);
      if (!translated) continue;
      if (translated.translation?.status === 'stale') content.stale.push({ file: file.path, translates: translated.translation.translates!, revision: item.revision });
      content.items.push(translated);
    }
    content.glossary = englishGlossary
      .map((term) => ({ id: term.id, ...(glossary[term.id] ?? term) }))
      .sort((a, b) => a.term.localeCompare(b.term, locale, { sensitivity: 'base' }) || a.id.localeCompare(b.id));
    locales[locale] = content;
  }
  return { locales, problems };
}

/** What the build prints: per language, how many items are translated, and which are stale or missing. */
export function translationReport(locales: TranslationsResult['locales'], only?: string): string {
  return TRANSLATED_LOCALES.filter((locale) => !only || locale === only)
    .map((locale) => {
      const { items, stale, missing } = locales[locale];
      const lines = [`${locale}: ${items.length - missing.length} of ${items.length} items translated, ${stale.length} stale, ${missing.length} missing`];
      for (const entry of stale) lines.push(`  stale: ${entry.file} translates revision ${entry.translates}, the English is at ${entry.revision}`);
      if (missing.length > 0) lines.push(`  missing: ${missing.length <= 6 ? missing.join(', ') : `${missing.slice(0, 6).join(', ')} and ${missing.length - 6} more`}`);
      return lines.join('\n');
    })
    .join('\n');
}
