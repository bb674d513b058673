// Turns the Markdown files in content/ into validated checklist items. Pure: files in,
// items plus every problem found out; no file system, no Vite, no exceptions for bad input.
import { posix } from 'node:path';
import type {
  Emphasis,
  Link,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import {
  MESSENGERS,
  PLATFORM_IDS,
  PLATFORM_NAMES,
  hostMatches,
  isMessengerId,
  type MessengerId,
  type PlatformId,
} from '../content/messengers.ts';
import { itemNumber } from '../content/item-number.ts';
import { BODY_SECTIONS, ITEM_ID_PATTERN } from '../content/vocabulary.ts';
import {
  frontmatterSchema,
  vendorLinkSchema,
  type Block,
  type ChecklistItem,
  type Frontmatter,
  type Inline,
  type StepGroup,
} from '../content/schema.ts';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes: `content/signal/usernames.md`. */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  /** The frontmatter field or body part the problem is in, e.g. `links[0].url` or `body`. */
  field: string;
  message: string;
  hint?: string;
}

export interface CompileResult {
  items: ChecklistItem[];
  problems: Problem[];
}

export const CONTENT_DIR = 'content';

/** One problem per line, as `content/signal/x.md:4:3 links[0].url: message (hint: …)`. */
export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? ` (hint: ${problem.hint})` : '';
  return `${problem.file}:${problem.line}:${problem.column} ${problem.field}: ${problem.message}${hint}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Checklist content has ${count}:\n${problems.map(formatProblem).join('\n')}`;
}

interface Position {
  line: number;
  column: number;
}

const FIELD_HINTS: Partial<Record<keyof Frontmatter, string>> = {
  messenger: 'one of whatsapp, signal, telegram, and the same as the folder',
  priority: 'one of essential, recommended, advanced',
  threats: 'a list such as [account-takeover, device-loss]; see docs/content-style.md',
  platforms: 'a list of android, iphone, desktop',
  sources: 'a list of internews, moj, vendor',
  reviewed: 'the day you checked the steps against the vendor page, e.g. 2026-11-23',
  revision: 'a whole number from 1; bump it when the steps change',
  order: 'a whole number such as 10, 20, 30',
};

/** Compiles every file, collects every problem, and returns the items of the files without problems. */
export function compile(files: readonly SourceFile[]): CompileResult {
  const problems: Problem[] = [];
  const parsed: ParsedItem[] = [];
  const seen = new Map<string, string>();

  for (const file of files) {
    const result = compileFile(file);
    problems.push(...result.problems);
    if (!result.item) continue;
    const key = `${result.item.messenger}/${result.item.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file: file.path,
        line: 1,
        column: 1,
        field: 'id',
        message: `duplicate item id "${key}", already used by ${first}`,
        hint: 'each file name must be unique within its messenger folder',
      });
      continue;
    }
    seen.set(key, file.path);
    parsed.push(result.item);
  }

  // Links between items can only be checked once every file is known.
  for (const item of parsed) {
    for (const ref of item.itemLinks) {
      if (!seen.has(`${ref.messenger}/${ref.id}`)) {
        problems.push({
          file: item.file,
          ...ref.at,
          field: 'body',
          message: `broken link to another item: ${ref.url} (no such file ${CONTENT_DIR}/${ref.messenger}/${ref.id}.md)`,
          hint: 'link to an item with a relative path to its file, e.g. ../signal/registration-lock.md',
        });
      }
    }
  }

  // Bookmark links name items by a hash of their id; two items may not share one.
  const numbers = new Map<number, ParsedItem>();
  for (const item of parsed) {
    const number = itemNumber(`${item.messenger}/${item.id}`);
    const other = numbers.get(number);
    if (other) {
      problems.push({
        file: item.file,
        line: 1,
        column: 1,
        field: 'id',
        message: `the id "${item.messenger}/${item.id}" has the same link number as ${other.file}`,
        hint: 'choose a slightly different file name for the new item (ids of shipped items never change)',
      });
    } else {
      numbers.set(number, item);
    }
  }

  const failed = new Set(problems.map((p) => p.file));
  const items = parsed
    .filter((item) => !failed.has(item.file))
    .map(({ itemLinks: _links, ...item }) => item)
    .sort(compareItems);
  return { items, problems };
}

const MESSENGER_ORDER = Object.keys(MESSENGERS);

function compareItems(a: ChecklistItem, b: ChecklistItem): number {
  return (
    MESSENGER_ORDER.indexOf(a.messenger) - MESSENGER_ORDER.indexOf(b.messenger) ||
    a.order - b.order ||
    a.id.localeCompare(b.id)
  );
}

interface ItemRef {
  messenger: MessengerId;
  id: string;
  url: string;
  at: Position;
}

type ParsedItem = ChecklistItem & { itemLinks: ItemRef[] };

/** Reports problems for one file, positioned in that file. */
class Reporter {
  readonly problems: Problem[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  add(at: Position, field: string, message: string, hint?: string): void {
    this.problems.push({ file: this.file, line: at.line, column: at.column, field, message, hint });
  }
}

function compileFile(file: SourceFile): { item?: ParsedItem; problems: Problem[] } {
  const report = new Reporter(file.path);
  const start = { line: 1, column: 1 };

  const location = parseLocation(file.path);
  if (typeof location === 'string') {
    report.add(start, 'file', location.split('|')[0]!, location.split('|')[1]);
    return { problems: report.problems };
  }

  const tree = fromMarkdown(file.text, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const [first, ...body] = tree.children;
  if (!first || first.type !== 'yaml') {
    report.add(start, 'frontmatter', 'the file must start with YAML frontmatter between two --- lines', 'copy the example in docs/content-style.md');
    return { problems: report.problems };
  }

  const yamlFirstLine = (first.position?.start.line ?? 1) + 1;
  const fm = readFrontmatter(first.value, yamlFirstLine, report);
  const links = fm ? checkLinks(fm.data, fm.at, location.messenger, report) : undefined;
  if (fm && fm.data.messenger !== location.messenger) {
    report.add(
      fm.at(['messenger']),
      'messenger',
      `says "${fm.data.messenger}" but the file is in ${CONTENT_DIR}/${location.messenger}/`,
      'move the file to the right folder or correct the field',
    );
  }
  const platforms = fm?.data.platforms ?? [...PLATFORM_IDS];
  const sections = readBody(body, file.path, platforms, location.messenger, report);

  if (!fm || !links || !sections || report.problems.length > 0) return { problems: report.problems };
  return {
    item: {
      ...fm.data,
      links,
      id: location.id,
      file: file.path,
      why: sections.why,
      steps: sections.steps,
      caveats: sections.caveats,
      itemLinks: sections.itemLinks,
    },
    problems: report.problems,
  };
}

/** `content/<messenger>/<id>.md` → its parts, or an error message with a hint after `|`. */
function parseLocation(path: string): { messenger: MessengerId; id: string } | string {
  const parts = path.split('/');
  if (parts.length !== 3 || parts[0] !== CONTENT_DIR || !parts[2]!.endsWith('.md')) {
    return `an item must sit at ${CONTENT_DIR}/<messenger>/<item-id>.md|move the file into its messenger's folder`;
  }
  const [, folder, name] = parts as [string, string, string];
  if (!isMessengerId(folder)) {
    return `unknown messenger folder "${folder}"|use one of ${Object.keys(MESSENGERS).join(', ')}`;
  }
  const id = name.slice(0, -'.md'.length);
  if (!ITEM_ID_PATTERN.test(id)) {
    return `the file name "${name}" is not a valid item id|ids are kebab-case: lowercase letters, digits and single hyphens, like two-step-verification.md`;
  }
  return { messenger: folder, id };
}

type FieldPath = readonly (string | number)[];

function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  );
}

function readFrontmatter(
  source: string,
  firstLine: number,
  report: Reporter,
): { data: Frontmatter; at: (path: FieldPath, key?: boolean) => Position } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  const frontmatterStart = { line: firstLine - 1, column: 1 };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report.add(toPosition(error.pos[0]), 'frontmatter', `invalid YAML: ${error.message.split('\n')[0]}`, 'quote text that contains ": " or starts with a special character');
    }
    return undefined;
  }

  const at = (path: FieldPath, key = false): Position => {
    const node = findNode(doc, path, key);
    return node?.range ? toPosition(node.range[0]) : frontmatterStart;
  };

  const result = frontmatterSchema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, at };

  for (const issue of result.error.issues) {
    reportIssue(issue, doc, at, report);
  }
  return undefined;
}

function reportIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  at: (path: FieldPath, key?: boolean) => Position,
  report: Reporter,
): void {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const top = path[0] as keyof Frontmatter | undefined;
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const known = Object.keys(path.length === 0 ? frontmatterSchema.shape : vendorLinkSchema.shape);
      report.add(at([...path, key], true), fieldName([...path, key]), 'unknown field', `known fields are ${known.join(', ')}`);
    }
    return;
  }
  const hint = top ? FIELD_HINTS[top] : undefined;
  if (path.length > 0 && findNode(doc, path) === undefined) {
    const parent = path.slice(0, -1);
    report.add(at(parent), fieldName(path), 'missing required field', hint);
    return;
  }
  if (path.length === 0) {
    report.add(at([]), 'frontmatter', 'expected a list of fields such as "title: …"', 'copy the example in docs/content-style.md');
    return;
  }
  report.add(at(path), fieldName(path), issue.message.replace(/^Invalid input: /, ''), hint);
}

/** The YAML node at `path` (or the key node of the last step), if the document has one. */
function findNode(doc: Document, path: FieldPath, key = false): YamlNode | undefined {
  if (path.length === 0) return (doc.contents as YamlNode | null) ?? undefined;
  if (!key) {
    const node = doc.getIn(path, true);
    return isScalar(node) || (node && typeof node === 'object' && 'range' in node) ? (node as YamlNode) : undefined;
  }
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path.at(-1));
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

function checkLinks(
  data: Frontmatter,
  at: (path: FieldPath) => Position,
  messenger: MessengerId,
  report: Reporter,
): ChecklistItem['links'] | undefined {
  const before = report.problems.length;
  const hosts = MESSENGERS[messenger].vendorHosts;
  const links = data.links.map((link, index) => {
    const where = (field: string): [Position, string] => [at(['links', index, field]), `links[${index}].${field}`];
    const onVendorSite = `expected an https URL on ${hosts.join(' or ')}`;
    const url = parseHttpsUrl(link.url);
    if (!url) {
      report.add(...where('url'), `${onVendorSite}, got "${link.url}"`, 'vendor links start with https://');
      return undefined;
    }
    const host = url.hostname;
    const isVendor = hosts.some((allowed) => hostMatches(host, allowed));
    if (link.thirdParty !== undefined) {
      if (isVendor) {
        report.add(...where('thirdParty'), `${host} is ${MESSENGERS[messenger].name}'s own site, not a third party`, 'remove thirdParty');
      } else if (link.thirdParty !== host) {
        report.add(...where('thirdParty'), `says "${link.thirdParty}" but the link goes to ${host}`, `set thirdParty: ${host}`);
      }
    } else if (!isVendor) {
      report.add(
        ...where('url'),
        `${onVendorSite}, got ${host}`,
        `link to ${MESSENGERS[messenger].name}'s own help pages, or mark a third-party how-to with thirdParty: ${host}`,
      );
    }
    const outside = (link.platforms ?? []).filter((p) => !data.platforms.includes(p));
    if (outside.length > 0) {
      report.add(...where('platforms'), `${outside.join(', ')} is not one of the item's platforms (${data.platforms.join(', ')})`);
    }
    return { ...link, url: url.href, host };
  });
  return report.problems.length === before ? links.filter((link) => link !== undefined) : undefined;
}

function parseHttpsUrl(value: string): URL | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'https:' && !url.username && !url.password ? url : undefined;
}

interface Body {
  why: Block[];
  steps: StepGroup[];
  caveats: Block[];
  itemLinks: ItemRef[];
}

const SECTION_HINT = `a body has the sections ${BODY_SECTIONS.map((s) => `"## ${s}"`).join(', ')} (the last is optional), in that order`;

function positionOf(node: { position?: { start: { line: number; column: number } } }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function readBody(
  nodes: RootContent[],
  file: string,
  itemPlatforms: readonly PlatformId[],
  messenger: MessengerId,
  report: Reporter,
): Body | undefined {
  const before = report.problems.length;
  const sections = new Map<string, RootContent[]>();
  const headings = new Map<string, Position>();
  let current: RootContent[] | undefined;

  let strayText = false;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= 2) {
      const name = plainText(node).trim();
      const index = BODY_SECTIONS.indexOf(name as (typeof BODY_SECTIONS)[number]);
      current = undefined;
      if (node.depth === 1) {
        report.add(positionOf(node), 'body', 'a level-1 heading is not allowed: the title comes from the frontmatter', SECTION_HINT);
      } else if (index < 0) {
        report.add(positionOf(node), 'body', `unknown section "## ${name}"`, SECTION_HINT);
      } else if (sections.has(name)) {
        report.add(positionOf(node), 'body', `section "## ${name}" appears twice`, SECTION_HINT);
      } else {
        const later = [...sections.keys()].find((seen) => BODY_SECTIONS.indexOf(seen as (typeof BODY_SECTIONS)[number]) > index);
        if (later) report.add(positionOf(node), 'body', `section "## ${name}" must come before "## ${later}"`, SECTION_HINT);
        current = [];
        sections.set(name, current);
        headings.set(name, positionOf(node));
      }
      continue;
    }
    if (current) current.push(node);
    else if (sections.size === 0 && !strayText) {
      strayText = true;
      report.add(positionOf(node), 'body', 'text before the first section', SECTION_HINT);
    }
  }

  const bodyStart = nodes[0] ? positionOf(nodes[0]) : { line: 1, column: 1 };
  for (const name of ['Why it matters', 'Steps'] as const) {
    if (!sections.has(name)) report.add(bodyStart, 'body', `missing section "## ${name}"`, SECTION_HINT);
  }

  const itemLinks: ItemRef[] = [];
  const convert = new BlockConverter(file, messenger, report, itemLinks);
  const why = convert.blocks(sections.get('Why it matters') ?? [], false);
  if (sections.has('Why it matters') && why.length === 0) {
    report.add(headings.get('Why it matters') ?? bodyStart, 'body', 'the "## Why it matters" section is empty', 'say in a sentence or two why this step matters');
  }
  const steps = sections.has('Steps') ? readSteps(sections.get('Steps')!, itemPlatforms, convert, report) : [];
  const caveats = convert.blocks(sections.get('Caveats') ?? [], false);

  return report.problems.length === before ? { why, steps, caveats, itemLinks } : undefined;
}

const PLATFORM_BY_NAME = new Map(
  Object.entries(PLATFORM_NAMES).map(([id, name]) => [name.toLowerCase(), id as PlatformId]),
);

function readSteps(
  nodes: RootContent[],
  itemPlatforms: readonly PlatformId[],
  convert: BlockConverter,
  report: Reporter,
): StepGroup[] {
  const groups: { platforms: PlatformId[]; at: Position; nodes: RootContent[] }[] = [];
  const stepsAt = nodes[0] ? positionOf(nodes[0]) : { line: 1, column: 1 };
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 3) {
      const platforms = readPlatformHeading(plainText(node), node, itemPlatforms, report);
      groups.push({ platforms, at: positionOf(node), nodes: [] });
    } else if (groups.length === 0) {
      groups.push({ platforms: [], at: positionOf(node), nodes: [node] });
    } else {
      groups.at(-1)!.nodes.push(node);
    }
  }
  if (groups.length === 0) {
    report.add(stepsAt, 'body', 'empty steps: "## Steps" has no numbered list', 'list the steps as 1. 2. 3. with the exact menu path');
    return [];
  }
  return groups.map((group) => {
    const blocks = convert.blocks(group.nodes, true);
    const hasSteps = blocks.some((block) => block.type === 'list' && block.ordered && block.items.length > 0);
    if (!hasSteps) {
      const label = group.platforms.length ? ` for ${group.platforms.map((p) => PLATFORM_NAMES[p]).join(' and ')}` : '';
      report.add(group.at, 'body', `empty steps${label}: no numbered list`, 'list the steps as 1. 2. 3. with the exact menu path');
    }
    return { platforms: group.platforms, blocks };
  });
}

function readPlatformHeading(
  text: string,
  node: RootContent,
  itemPlatforms: readonly PlatformId[],
  report: Reporter,
): PlatformId[] {
  const names = text.split(/,|\band\b/).map((part) => part.trim().toLowerCase()).filter(Boolean);
  const platforms: PlatformId[] = [];
  for (const name of names) {
    const platform = PLATFORM_BY_NAME.get(name);
    if (!platform) {
      report.add(positionOf(node), 'body', `"### ${text}" does not name platforms`, 'step groups are headed by platform names: ### Android, ### iPhone, ### Desktop, ### Android and iPhone');
    } else if (!itemPlatforms.includes(platform)) {
      report.add(positionOf(node), 'body', `"### ${text}" names ${PLATFORM_NAMES[platform]}, which is not in the item's platforms`, 'add it to platforms in the frontmatter or remove the group');
    } else {
      platforms.push(platform);
    }
  }
  return platforms;
}

type ListBlock = Extract<Block, { type: 'list' }>;
type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;

/** Converts Markdown nodes to the app's small block tree, reporting anything content may not use. */
class BlockConverter {
  private readonly file: string;
  private readonly messenger: MessengerId;
  private readonly report: Reporter;
  private readonly itemLinks: ItemRef[];
  constructor(file: string, messenger: MessengerId, report: Reporter, itemLinks: ItemRef[]) {
    this.file = file;
    this.messenger = messenger;
    this.report = report;
    this.itemLinks = itemLinks;
  }

  blocks(nodes: RootContent[], inSteps: boolean): Block[] {
    const blocks: Block[] = [];
    for (const node of nodes) {
      if (node.type === 'paragraph') blocks.push(this.paragraph(node));
      else if (node.type === 'list') blocks.push(this.list(node));
      else if (node.type === 'heading' && inSteps) continue;
      else this.unsupported(node);
    }
    return blocks;
  }

  private list(node: List): ListBlock {
    const items = node.children.map((item: ListItem) =>
      item.children.flatMap((child): ListBlock['items'][number] => {
        if (child.type === 'paragraph') return [this.paragraph(child)];
        if (child.type === 'list') {
          return [{ type: 'list', ordered: child.ordered === true, items: child.children.map((nested) => this.nestedItem(nested)) }];
        }
        this.unsupported(child);
        return [];
      }),
    );
    return { type: 'list', ordered: node.ordered === true, items };
  }

  private nestedItem(item: ListItem): ParagraphBlock[] {
    return item.children.flatMap((child) => {
      if (child.type === 'paragraph') return [this.paragraph(child)];
      if (child.type === 'list') {
        this.report.add(positionOf(child), 'body', 'lists may be nested only one level deep', 'split the step into two steps');
      } else {
        this.unsupported(child);
      }
      return [];
    });
  }

  private paragraph(node: Paragraph): ParagraphBlock {
    return { type: 'paragraph', children: this.inlines(node.children, {}) };
  }

  private inlines(nodes: PhrasingContent[], marks: { strong?: true; emphasis?: true }): Inline[] {
    return nodes.flatMap((node): Inline[] => {
      switch (node.type) {
        case 'text':
          return [{ type: 'text', value: node.value, ...marks }];
        case 'break':
          return [{ type: 'text', value: ' ', ...marks }];
        case 'inlineCode':
          return [{ type: 'code', value: node.value }];
        case 'strong':
        case 'emphasis':
          return this.inlines((node as Strong | Emphasis).children, { ...marks, [node.type]: true });
        case 'link':
          return this.link(node, marks);
        default:
          this.unsupported(node);
          return [];
      }
    });
  }

  private link(node: Link, marks: { strong?: true; emphasis?: true }): Inline[] {
    const children = this.inlines(node.children, marks).filter(
      (child): child is Extract<Inline, { type: 'text' | 'code' }> => child.type === 'text' || child.type === 'code',
    );
    const at = positionOf(node);
    const https = parseHttpsUrl(node.url);
    if (https) {
      const hosts = MESSENGERS[this.messenger].vendorHosts;
      if (!hosts.some((allowed) => hostMatches(https.hostname, allowed))) {
        this.report.add(at, 'body', `link to ${https.hostname}: body links must be on ${hosts.join(' or ')}`, 'put third-party pages in the frontmatter links with thirdParty: <host>');
        return [];
      }
      return [{ type: 'external-link', href: https.href, children }];
    }
    const target = /^[^:/?#][^:?#]*\.md$/.test(node.url)
      ? posix.normalize(posix.join(posix.dirname(this.file), node.url)).split('/')
      : [];
    const [dir, messenger, name] = target;
    if (target.length === 3 && dir === CONTENT_DIR && messenger && isMessengerId(messenger) && name) {
      const id = name.slice(0, -'.md'.length);
      this.itemLinks.push({ messenger, id, url: node.url, at });
      return [{ type: 'item-link', messenger, id, children }];
    }
    this.report.add(at, 'body', `link "${node.url}" is neither an https URL nor a relative link to another item`, 'use https://… for vendor pages, or ../signal/registration-lock.md for an item');
    return [];
  }

  private unsupported(node: Nodes): void {
    const at = positionOf(node);
    if (node.type === 'html') {
      this.report.add(at, 'body', `raw HTML is not allowed: ${node.value.trim().slice(0, 40)}`, 'write it in Markdown: **bold**, *italic*, lists and links');
    } else if (node.type === 'image' || node.type === 'imageReference') {
      this.report.add(at, 'body', 'images are not allowed', 'describe the screen in words and name the menu labels in bold');
    } else if (node.type === 'linkReference' || node.type === 'definition') {
      this.report.add(at, 'body', 'reference-style links are not allowed', 'write links inline: [text](https://…)');
    } else if (node.type === 'heading') {
      this.report.add(at, 'body', `a level-${node.depth} heading is not allowed here`, SECTION_HINT);
    } else {
      this.report.add(at, 'body', `${node.type} is not allowed in content`, 'use paragraphs, lists, **bold**, *italic*, `code` and links');
    }
  }
}
