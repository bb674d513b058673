// Step 2 of an item: its Markdown body (an mdast tree from remark's parser) to the app's
// small block tree: the sections, the step groups per platform, and nothing content may
// not use (raw HTML, images, deep lists…), each refusal positioned from the parser.
import type { Emphasis, Link, List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Strong } from 'mdast';
import { PLATFORM_NAMES, type MessengerId, type PlatformId } from '../content/messengers.ts';
import type { Block, Inline, StepGroup } from '../content/schema.ts';
import { BODY_SECTIONS } from '../content/vocabulary.ts';
import type { TermRef } from './glossary.ts';
import { resolveBodyLink, type ItemRef } from './links.ts';
import { matchPath, reportBodyArrows } from './menu-paths.ts';
import { FILE_START, type Position, type Reporter } from './problems.ts';

export interface Body {
  why: Block[];
  steps: StepGroup[];
  caveats: Block[];
  /** Links to other items, checked once every file is known. */
  itemLinks: ItemRef[];
  /** Links to glossary terms, checked once the glossary is known. */
  termLinks: TermRef[];
}

const SECTION_HINT = `a body has the sections ${BODY_SECTIONS.map((s) => `"## ${s}"`).join(', ')} (the last is optional), in that order`;
const STEPS_HINT = 'list the steps as 1. 2. 3. with the exact menu path';
type Section = (typeof BODY_SECTIONS)[number];

export function positionOf(node: { position?: { start: { line: number; column: number } } }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The text of a node and its children, without marks. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** The numbered steps of an item, in order, across its step groups (what people tick). */
export function countNumberedSteps(steps: readonly StepGroup[]): number {
  return steps.reduce(
    (count, group) => count + group.blocks.reduce((n, block) => n + (block.type === 'list' && block.ordered ? block.items.length : 0), 0),
    0,
  );
}

export function readBody(
  nodes: RootContent[],
  /** The whole file, to place problems inside a text node (a typed arrow) at their own column. */
  source: string,
  file: string,
  itemPlatforms: readonly PlatformId[],
  messenger: MessengerId,
  report: Reporter,
): Body | undefined {
  const before = report.count;
  const sections = new Map<Section, RootContent[]>();
  const headings = new Map<Section, Position>();
  let current: RootContent[] | undefined;

  let strayText = false;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= 2) {
      const name = plainText(node).trim() as Section;
      const index = BODY_SECTIONS.indexOf(name);
      current = undefined;
      if (node.depth === 1) {
        report.add(positionOf(node), 'body', 'level-1-heading', 'a level-1 heading is not allowed: the title comes from the frontmatter', SECTION_HINT);
      } else if (index < 0) {
        report.add(positionOf(node), 'body', 'unknown-section', `unknown section "## ${name}"`, SECTION_HINT);
      } else if (sections.has(name)) {
        report.add(positionOf(node), 'body', 'duplicate-section', `section "## ${name}" appears twice`, SECTION_HINT);
      } else {
        const later = [...sections.keys()].find((seen) => BODY_SECTIONS.indexOf(seen) > index);
        if (later) report.add(positionOf(node), 'body', 'section-order', `section "## ${name}" must come before "## ${later}"`, SECTION_HINT);
        current = [];
        sections.set(name, current);
        headings.set(name, positionOf(node));
      }
      continue;
    }
    if (current) current.push(node);
    else if (sections.size === 0 && !strayText) {
      strayText = true;
      report.add(positionOf(node), 'body', 'text-before-section', 'text before the first section', SECTION_HINT);
    }
  }

  const bodyStart = nodes[0] ? positionOf(nodes[0]) : FILE_START;
  for (const name of ['Why it matters', 'Steps'] as const) {
    if (!sections.has(name)) report.add(bodyStart, 'body', 'missing-section', `missing section "## ${name}"`, SECTION_HINT);
  }

  const itemLinks: ItemRef[] = [];
  const termLinks: TermRef[] = [];
  const convert = new BlockConverter(source, file, messenger, report, itemLinks, termLinks);
  const why = convert.blocks(sections.get('Why it matters') ?? [], false);
  if (sections.has('Why it matters') && why.length === 0) {
    report.add(
      headings.get('Why it matters') ?? bodyStart,
      'body',
      'empty-section',
      'the "## Why it matters" section is empty',
      'say in a sentence or two why this step matters',
    );
  }
  const stepsAt = headings.get('Steps') ?? bodyStart;
  const steps = sections.has('Steps') ? readSteps(sections.get('Steps')!, stepsAt, itemPlatforms, convert, report) : [];
  const caveats = convert.blocks(sections.get('Caveats') ?? [], false);

  return report.count === before ? { why, steps, caveats, itemLinks, termLinks } : undefined;
}

const PLATFORM_BY_NAME = new Map(
  Object.entries(PLATFORM_NAMES).map(([id, name]) => [name.toLowerCase(), id as PlatformId]),
);

function readSteps(
  nodes: RootContent[],
  heading: Position,
  itemPlatforms: readonly PlatformId[],
  convert: BlockConverter,
  report: Reporter,
): StepGroup[] {
  const groups: { platforms: PlatformId[]; at: Position; nodes: RootContent[] }[] = [];
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
    report.add(nodes[0] ? positionOf(nodes[0]) : heading, 'body', 'empty-steps', 'empty steps: "## Steps" has no numbered list', STEPS_HINT);
    return [];
  }
  return groups.map((group) => {
    const blocks = convert.blocks(group.nodes, true);
    const hasSteps = blocks.some((block) => block.type === 'list' && block.ordered && block.items.length > 0);
    if (!hasSteps) {
      const label = group.platforms.length ? ` for ${group.platforms.map((p) => PLATFORM_NAMES[p]).join(' and ')}` : '';
      report.add(group.at, 'body', 'empty-steps', `empty steps${label}: no numbered list`, STEPS_HINT);
    }
    return { platforms: group.platforms, blocks };
  });
}

function readPlatformHeading(text: string, node: RootContent, itemPlatforms: readonly PlatformId[], report: Reporter): PlatformId[] {
  const names = text.split(/,|\band\b/).map((part) => part.trim().toLowerCase()).filter(Boolean);
  const platforms: PlatformId[] = [];
  for (const name of names) {
    const platform = PLATFORM_BY_NAME.get(name);
    if (!platform) {
      report.add(
        positionOf(node),
        'body',
        'unknown-platform-heading',
        `"### ${text}" does not name platforms`,
        'step groups are headed by platform names: ### Android, ### iPhone, ### Desktop, ### Android and iPhone',
      );
    } else if (!itemPlatforms.includes(platform)) {
      report.add(
        positionOf(node),
        'body',
        'platform-not-in-item',
        `"### ${text}" names ${PLATFORM_NAMES[platform]}, which is not in the item's platforms`,
        'add it to platforms in the frontmatter or remove the group',
      );
    } else {
      platforms.push(platform);
    }
  }
  return platforms;
}

type ListBlock = Extract<Block, { type: 'list' }>;
type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;
type Marks = { strong?: true; emphasis?: true };
type PathSegment = Extract<Inline, { type: 'path' }>['segments'][number];

/** Converts Markdown nodes to the app's small block tree, reporting anything content may not use. */
class BlockConverter {
  private readonly source: string;
  private readonly file: string;
  private readonly messenger: MessengerId;
  private readonly report: Reporter;
  private readonly itemLinks: ItemRef[];
  private readonly termLinks: TermRef[];
  constructor(source: string, file: string, messenger: MessengerId, report: Reporter, itemLinks: ItemRef[], termLinks: TermRef[]) {
    this.source = source;
    this.file = file;
    this.messenger = messenger;
    this.report = report;
    this.itemLinks = itemLinks;
    this.termLinks = termLinks;
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
        this.report.add(positionOf(child), 'body', 'nested-list-depth', 'lists may be nested only one level deep', 'split the step into two steps');
      } else {
        this.unsupported(child);
      }
      return [];
    });
  }

  private paragraph(node: Paragraph): ParagraphBlock {
    return { type: 'paragraph', children: this.inlines(node.children, {}) };
  }

  private inlines(nodes: PhrasingContent[], marks: Marks): Inline[] {
    const out: Inline[] = [];
    for (let index = 0; index < nodes.length; index += 1) {
      const path = matchPath(nodes, index);
      if (path) {
        out.push({ type: 'path', segments: path.segments.map((segment) => this.pathSegment(segment, marks)) });
        index += path.length - 1;
      } else {
        out.push(...this.inline(nodes[index]!, marks));
      }
    }
    return out;
  }

  /** One label of a menu path: bold text (and code), with the note in brackets after it if any. */
  private pathSegment(nodes: PhrasingContent[], marks: Marks): PathSegment {
    return this.inlines(nodes, marks).filter((child): child is PathSegment[number] => {
      if (child.type === 'text' || child.type === 'code') return true;
      this.report.add(positionOf(nodes[0]!), 'body', 'unsupported-markdown', `a ${child.type} is not allowed in a menu path label`, 'write each label of a menu path as plain bold text');
      return false;
    });
  }

  private inline(node: PhrasingContent, marks: Marks): Inline[] {
    switch (node.type) {
      case 'text':
        reportBodyArrows(node, this.source, this.report);
        return [{ type: 'text', value: node.value, ...marks }];
      case 'break':
        return [{ type: 'text', value: ' ', ...marks }];
      case 'inlineCode':
        reportBodyArrows(node, this.source, this.report);
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
  }

  private link(node: Link, marks: Marks): Inline[] {
    const children = this.inlines(node.children, marks).filter(
      (child): child is Extract<Inline, { type: 'text' | 'code' }> => child.type === 'text' || child.type === 'code',
    );
    const at = positionOf(node);
    const target = resolveBodyLink(node.url, at, this.file, this.messenger, this.report);
    if (!target) return [];
    if (target.type === 'item-link') this.itemLinks.push({ messenger: target.messenger, id: target.id, url: node.url, at });
    if (target.type === 'term') this.termLinks.push({ file: this.file, id: target.id, at });
    return [{ ...target, children }];
  }

  private unsupported(node: Nodes): void {
    const at = positionOf(node);
    if (node.type === 'html') {
      this.report.add(at, 'body', 'raw-html', `raw HTML is not allowed: ${node.value.trim().slice(0, 40)}`, 'write it in Markdown: **bold**, *italic*, lists and links');
    } else if (node.type === 'image' || node.type === 'imageReference') {
      this.report.add(at, 'body', 'image', 'images are not allowed', 'describe the screen in words and name the menu labels in bold');
    } else if (node.type === 'linkReference' || node.type === 'definition') {
      this.report.add(at, 'body', 'reference-link', 'reference-style links are not allowed', 'write links inline: [text](https://…)');
    } else if (node.type === 'heading') {
      this.report.add(at, 'body', 'heading-not-allowed', `a level-${node.depth} heading is not allowed here`, SECTION_HINT);
    } else {
      this.report.add(at, 'body', 'unsupported-markdown', `${node.type} is not allowed in content`, 'use paragraphs, lists, **bold**, *italic*, `code` and links');
    }
  }
}
