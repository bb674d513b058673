// content/settings-entry.md: how to open Settings, said once per messenger and platform, so
// the item page shows it before the steps and no step repeats it. Only YAML frontmatter:
//
//   ---
//   entries:
//     - messenger: whatsapp
//       platform: android
//       how: "Tap **⋮** (More options) at the top right of the Chats screen, then tap **Settings**."
//       evidence:
//         - fact: "Android: Settings is in the ⋮ (More options) menu of the Chats screen"
//           source: https://faq.whatsapp.com/…
//           read: 2026-12-02
//           confirmed: true
//   ---
//
// Every platform an item of a messenger lists needs that messenger's entry for it.
import type { PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS, PLATFORM_NAMES, type MessengerId, type PlatformId } from '../content/messengers.ts';
import { settingsEntryFileSchema, type SettingsEntry } from '../content/schema.ts';
import { readFrontmatterOnly, type FieldLocator } from './frontmatter.ts';
import { checkFrontmatterArrows } from './menu-paths.ts';
import { checkEvidenceSource } from './history.ts';
import { CONTENT_DIR } from './location.ts';
import type { Position, Problem, Reporter } from './problems.ts';

export const SETTINGS_ENTRY_FILE = `${CONTENT_DIR}/settings-entry.md`;

type Key = `${MessengerId}/${PlatformId}`;
/** The parsed file: each messenger and platform's entry. */
export type ParsedSettingsEntries = Map<Key, SettingsEntry>;

/** An item's need for entries: its messenger and platforms, and where each platform is written. */
export interface SettingsNeed {
  file: string;
  messenger: MessengerId;
  platforms: readonly PlatformId[];
  platformsAt: readonly Position[];
}

const ENTRY_EXAMPLE = 'messenger, platform, how (one or two sentences) and evidence; see docs/content-style.md';
const HINTS = {
  entries: `a list of entries, each with ${ENTRY_EXAMPLE}`,
  'entries.messenger': `one of ${MESSENGER_IDS.join(', ')}`,
  'entries.platform': `one of ${PLATFORM_IDS.join(', ')}`,
  'entries.how': 'one or two plain sentences, such as "Tap **⋮** at the top right, then tap **Settings**."',
  'entries.evidence': 'a list of { fact, source, read, confirmed } entries, optionally note (no platforms: the entry has one)',
};
const HOW_HINT = 'write one or two plain sentences; only **bold**, *emphasis* and `code` are allowed (put links in the evidence)';
/** How a refused Markdown node is named in a message; other node types by their own name. */
const NODE_NAMES: Readonly<Record<string, string>> = {
  paragraph: 'a second paragraph',
  link: 'a link',
  linkReference: 'a reference-style link',
  definition: 'a link definition',
  image: 'an image',
  imageReference: 'an image',
  html: 'raw HTML',
  break: 'a line break',
  list: 'a list',
  heading: 'a heading',
  code: 'a code block',
  blockquote: 'a block quote',
  thematicBreak: 'a horizontal rule',
};
const nodeName = (type: string | undefined) => (type ? (NODE_NAMES[type] ?? type) : 'nothing');

export function readSettingsEntries(text: string, report: Reporter): ParsedSettingsEntries | undefined {
  const before = report.count;
  const parsed = readFrontmatterOnly(
    text,
    settingsEntryFileSchema,
    HINTS,
    {
      code: 'settings-entry-body',
      message: 'the settings entry file has text after its frontmatter',
      hint: 'the file is only its frontmatter: put each messenger and platform under entries, with how and evidence',
    },
    report,
  );
  if (!parsed) return undefined;
  checkFrontmatterArrows(parsed.data, parsed.at, report);

  const entries: ParsedSettingsEntries = new Map();
  parsed.data.entries.forEach(({ messenger, platform, how, evidence }, index) => {
    const key: Key = `${messenger}/${platform}`;
    if (entries.has(key)) {
      report.add(
        parsed.at(['entries', index, 'messenger']),
        `entries[${index}]`,
        'duplicate-settings-entry',
        `${MESSENGERS[messenger].name} on ${PLATFORM_NAMES[platform]} already has an entry`,
        'give each messenger and platform one entry: merge the two and remove this one',
      );
    }
    const inlines = readHow(how, index, parsed.at, report);
    evidence.forEach((entry, n) => checkEvidenceSource(entry.source, ['entries', index, 'evidence', n, 'source'], parsed.at, report));
    if (!entries.has(key) && inlines) entries.set(key, { platform, how: inlines, evidence });
  });
  return report.count === before ? entries : undefined;
}

type HowInline = SettingsEntry['how'][number];
type Marks = { strong?: true; emphasis?: true };

/** `how` as inline Markdown (bold, emphasis, code) to inline nodes; undefined (reported) for anything else. */
export function readHow(how: string, index: number, at: FieldLocator, report: Reporter): HowInline[] | undefined {
  const where = at(['entries', index, 'how']);
  const field = `entries[${index}].how`;
  const before = report.count;
  const nodes = fromMarkdown(how).children;
  const [paragraph] = nodes;
  if (nodes.length !== 1 || paragraph?.type !== 'paragraph') {
    const other = nodes.find((node) => node.type !== 'paragraph') ?? nodes[1];
    report.add(where, field, 'settings-how-markdown', `${nodeName(other?.type)} is not allowed in how`, HOW_HINT);
    return undefined;
  }
  const inlines = (children: PhrasingContent[], marks: Marks): HowInline[] =>
    children.flatMap((node): HowInline[] => {
      if (node.type === 'text') return [{ type: 'text', value: node.value, ...marks }];
      if (node.type === 'inlineCode') return [{ type: 'code', value: node.value }];
      if (node.type === 'strong' || node.type === 'emphasis') return inlines(node.children, { ...marks, [node.type]: true });
      // All of how sits at one position: name the first thing refused, once.
      if (report.count === before) report.add(where, field, 'settings-how-markdown', `${nodeName(node.type)} is not allowed in how`, HOW_HINT);
      return [];
    });
  const result = inlines(paragraph.children, {});
  const plain = result.map((node) => node.value).join('');
  const sentences = plain.match(/[.!?](?=\s|$)/g)?.length ?? 0;
  if (!/[.!?]$/.test(plain) || sentences > 2) {
    report.add(where, field, 'settings-how-sentences', 'how is not one or two sentences ending with a full stop', HOW_HINT);
  }
  return report.count === before ? result : undefined;
}

/**
 * Every messenger and platform that an item needs and the file lacks, reported once, at the
 * first item that needs it (at the platform in its `platforms` list).
 */
export function checkSettingsEntries(entries: ParsedSettingsEntries | undefined, needs: readonly SettingsNeed[]): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<Key>();
  for (const { file, messenger, platforms, platformsAt } of needs) {
    platforms.forEach((platform, index) => {
      const key: Key = `${messenger}/${platform}`;
      if (entries?.has(key) || reported.has(key)) return;
      reported.add(key);
      const entry = `- { messenger: ${messenger}, platform: ${platform}, how: "…", evidence: […] }`;
      problems.push({
        file,
        ...platformsAt[index]!,
        field: `platforms[${index}]`,
        code: 'missing-settings-entry',
        message: `${SETTINGS_ENTRY_FILE} does not say how to open Settings in ${MESSENGERS[messenger].name} on ${PLATFORM_NAMES[platform]}`,
        hint: entries
          ? `add an entry to ${SETTINGS_ENTRY_FILE} under entries: ${entry}`
          : `create ${SETTINGS_ENTRY_FILE} with an entry for each messenger and platform, starting with ${entry}; see docs/content-style.md`,
      });
    });
  }
  return problems;
}

/** The entries of a messenger for these platforms, in their order (missing ones are reported elsewhere). */
export function settingsEntryOf(entries: ParsedSettingsEntries | undefined, messenger: MessengerId, platforms: readonly PlatformId[]): SettingsEntry[] {
  return platforms.flatMap((platform) => entries?.get(`${messenger}/${platform}`) ?? []);
}
