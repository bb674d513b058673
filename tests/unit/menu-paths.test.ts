// Menu paths are data: `**Settings** → **Privacy**` compiles to a path node, whose separator
// the app draws in the text direction; a "→" anywhere else is refused at its line and column,
// so no typed arrow reaches a page (checked on the fixtures and on the whole real content).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile, type SourceFile } from '../../src/compiler/compile.ts';
import { loadContentFiles } from '../../src/compiler/load.ts';
import { formatProblems, type Problem } from '../../src/compiler/problems.ts';
import type { Block, ChecklistItem, Inline } from '../../src/content/schema.ts';

const fixtures = new URL('../fixtures/content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const good: SourceFile[] = ['signal/registration-lock.md', 'signal/usernames.md', 'telegram/auto-delete.md', 'glossary.md', 'settings-entry.md'].map(
  (path) => ({ path: `content/${path}`, text: read(`good/${path}`) }),
);
const USERNAMES = 'content/signal/usernames.md';
const usernames = read('good/signal/usernames.md');

const where = ({ code, line, column, field }: Problem) => ({ code, line, column, field });

/** Compiles the good fixtures with usernames.md edited; the item (if it compiled) and its file's problems. */
function compileEdited(from: string, to: string): { item?: ChecklistItem; problems: ReturnType<typeof where>[] } {
  expect(usernames).toContain(from);
  const files = good.map((file) => (file.path === USERNAMES ? { ...file, text: usernames.replace(from, to) } : file));
  const { items, problems } = compile(files);
  for (const problem of problems) expect(problem.hint).toBeTruthy();
  return {
    item: items.find((item) => item.file === USERNAMES),
    problems: problems.filter((problem) => problem.file === USERNAMES).map(where),
  };
}

/** The inline nodes of the first step of an item's first step group. */
function firstStep(item: ChecklistItem): Inline[] {
  const list = item.steps[0]!.blocks[0] as Extract<Block, { type: 'list' }>;
  const paragraph = list.items[0]![0] as Extract<Block, { type: 'paragraph' }>;
  return paragraph.children;
}

const label = (value: string) => [{ type: 'text', value, strong: true }];

describe('menu paths in a body', () => {
  it('compiles bold labels joined by arrows to one path node with a segment per label', () => {
    const { items, problems } = compile(good);
    expect(problems).toEqual([]);
    expect(firstStep(items.find((item) => item.file === USERNAMES)!)).toEqual([
      { type: 'text', value: 'Open ' },
      { type: 'path', segments: [label('Settings'), label('Privacy'), label('Phone Number')] },
      { type: 'text', value: '.' },
    ]);
  });

  it('keeps a note in brackets after a label with that label', () => {
    const { item, problems } = compileEdited('Open **Settings** → **Privacy** → **Phone Number**', 'Tap **⋮** (More options) → **Settings**');
    expect(problems).toEqual([]);
    expect(firstStep(item!)[1]).toEqual({
      type: 'path',
      segments: [[{ type: 'text', value: '⋮', strong: true }, { type: 'text', value: ' (More options)' }], label('Settings')],
    });
  });

  it.each([
    ['an arrow before a label that is not bold', '1. Open **Settings** → **Privacy**.', '1. Open Settings → **Privacy**.', 29, 18],
    ['an arrow after the last bold label', '1. Open **Settings** → **Privacy**.', '1. Open **Settings** → Privacy.', 29, 22],
    ['an arrow inside a bold label', '1. Open **Settings** → **Privacy**.', '1. Open **Settings → Privacy**.', 29, 20],
    ['an arrow in code', '1. Open **Settings** → **Privacy**.', '1. Open `Settings → Privacy`.', 29, 19],
    ['an arrow on the second line of a step', '1. Open **Settings** → **Privacy**.', '1. Open **Settings**.\n   Then → **Privacy**.', 30, 9],
  ])('refuses %s at its line and column', (_name, from, to, line, column) => {
    const { item, problems } = compileEdited(from, to);
    expect(item).toBeUndefined();
    expect(problems).toEqual([{ code: 'typed-arrow', line, column, field: 'body' }]);
  });

  it('hints how to write a path', () => {
    const files = good.map((file) => (file.path === USERNAMES ? { ...file, text: usernames.replace('Open **Settings** →', 'Open Settings →') } : file));
    const [problem] = compile(files).problems;
    expect(problem?.hint).toContain('**A** → **B**');
  });
});

describe('arrows in frontmatter', () => {
  it('refuses a typed arrow in a frontmatter string, at its field', () => {
    const { problems } = compileEdited('protects: People you talk to', 'protects: Settings → Privacy stops people you talk to');
    expect(problems).toEqual([{ code: 'typed-arrow', line: 6, column: 11, field: 'protects' }]);
  });

  it('refuses one in the glossary too', () => {
    const glossary = good.find((file) => file.path === 'content/glossary.md')!;
    const text = glossary.text.replace(/definition: (\S+)/, 'definition: $1 →');
    expect(text).not.toBe(glossary.text);
    const files = good.map((file) => (file === glossary ? { ...file, text } : file));
    expect(compile(files).problems.map(where)).toContainEqual(expect.objectContaining({ code: 'typed-arrow', field: 'terms[0].definition' }));
  });
});

describe('the real content', async () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const { items, glossary, problems } = compile(await loadContentFiles(root));

  it('compiles', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('has menu paths, each of two or more bold labels', () => {
    const paths: Extract<Inline, { type: 'path' }>[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        if ((value as Inline).type === 'path') paths.push(value as Extract<Inline, { type: 'path' }>);
        Object.values(value).forEach(walk);
      }
    };
    walk(items);
    expect(paths.length).toBeGreaterThan(items.length);
    for (const path of paths) {
      expect(path.segments.length).toBeGreaterThanOrEqual(2);
      for (const segment of path.segments) expect(segment.some((node) => node.type === 'text' && node.strong)).toBe(true);
    }
  });

  it('has no typed arrow in any text it puts on a page: body text nodes, frontmatter, evidence, glossary', () => {
    const arrows: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (typeof value === 'string') {
        if (value.includes('→')) arrows.push(`${at}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, `${at}[${index}]`));
      else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) walk(entry, `${at}.${key}`);
    };
    items.forEach((item) => walk(item, item.file));
    walk(glossary, 'glossary');
    expect(arrows).toEqual([]);
  });
});
