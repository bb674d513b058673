import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, formatProblem, formatProblems, type SourceFile } from '../../src/compiler/compile.ts';
import { checklistItemSchema } from '../../src/content/schema.ts';

const fixtures = new URL('../fixtures/content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');

const good: SourceFile[] = ['signal/registration-lock.md', 'signal/usernames.md', 'telegram/auto-delete.md'].map(
  (path) => ({ path: `content/${path}`, text: read(`good/${path}`) }),
);

/** Compiles one broken fixture as content/signal/<name>.md next to the good files; its own problems. */
function problemsOf(name: string): string[] {
  const path = `content/signal/${name}.md`;
  const { problems } = compile([{ path, text: read(`broken/${name}.md`) }, ...good]);
  return problems.filter((problem) => problem.file === path).map(formatProblem);
}

describe('compile() on good content', () => {
  const { items, problems } = compile(good);

  it('reports no problems', () => {
    expect(problems).toEqual([]);
  });

  it('returns items sorted by messenger, then order, each valid against the item schema', () => {
    expect(items.map((item) => `${item.messenger}/${item.id}`)).toEqual([
      'signal/registration-lock',
      'signal/usernames',
      'telegram/auto-delete',
    ]);
    for (const item of items) expect(checklistItemSchema.safeParse(item).success).toBe(true);
  });

  it('keeps the frontmatter and the file it came from', () => {
    const [lock] = items;
    expect(lock).toMatchObject({
      id: 'registration-lock',
      file: 'content/signal/registration-lock.md',
      title: 'Turn on Registration Lock',
      priority: 'essential',
      revision: 2,
      reviewed: '2026-11-23',
      changed: 'Registration Lock moved from Privacy to Account.',
      links: [{ host: 'support.signal.org', url: 'https://support.signal.org/hc/en-us/articles/360007059792-Signal-PIN' }],
    });
  });

  it('compiles the body to a small tree with marks, code, nested lists and both kinds of link', () => {
    const [lock] = items;
    expect(lock!.why).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Your number ' },
          { type: 'text', value: 'alone', emphasis: true },
          { type: 'text', value: ' should not be enough to take your ' },
          { type: 'text', value: 'account', strong: true },
          { type: 'text', value: '.' },
        ],
      },
    ]);
    const [group] = lock!.steps;
    expect(group!.platforms).toEqual(['android', 'iphone']);
    const list = group!.blocks[0];
    expect(list).toMatchObject({ type: 'list', ordered: true });
    expect(list!.type === 'list' && list!.items[1]![1]).toMatchObject({
      type: 'list',
      ordered: false,
      items: [[{ type: 'paragraph' }], [{ children: [{ value: 'Keep ' }, { type: 'code', value: '1234' }, { value: ' out of it.' }] }]],
    });
    expect(lock!.caveats[0]).toMatchObject({
      type: 'list',
      items: [
        [
          {
            children: [
              { value: 'See ' },
              { type: 'item-link', messenger: 'signal', id: 'usernames', children: [{ value: 'usernames' }] },
              { value: ' and the ' },
              { type: 'external-link', href: 'https://signal.org/blog/' },
              { value: '.' },
            ],
          },
        ],
      ],
    });
  });

  it('splits steps into an all-platform group and platform groups', () => {
    const usernames = items[1]!;
    expect(usernames.steps.map((group) => group.platforms)).toEqual([[], ['desktop']]);
    expect(usernames.recheckDays).toBe(90);
  });

  it('accepts a third-party link that names its host', () => {
    expect(items[2]!.links[0]).toMatchObject({ thirdParty: 'www.howtogeek.com', host: 'www.howtogeek.com' });
  });
});

describe('compile() on broken content reports the file, line, column and what is wrong', () => {
  const knownFields =
    'title, messenger, order, priority, protects, threats, platforms, links, sources, reviewed, revision, recheckDays, changed, unconfirmed';
  const sections = 'a body has the sections "## Why it matters", "## Steps", "## Caveats" (the last is optional), in that order';

  it.each([
    ['unknown-field', `content/signal/unknown-field.md:5:1 colour: unknown field (hint: known fields are ${knownFields})`],
    ['missing-field', 'content/signal/missing-field.md:2:1 priority: missing required field (hint: one of essential, recommended, advanced)'],
    ['wrong-type', 'content/signal/wrong-type.md:14:11 revision: expected number, received string (hint: a whole number from 1; bump it when the steps change)'],
    [
      'link-off-domain',
      "content/signal/link-off-domain.md:11:10 links[0].url: expected an https URL on signal.org, got www.howtogeek.com (hint: link to Signal's own help pages, or mark a third-party how-to with thirdParty: www.howtogeek.com)",
    ],
    [
      'link-not-https',
      'content/signal/link-not-https.md:11:10 links[0].url: expected an https URL on signal.org, got "http://support.signal.org/hc/en-us/articles/360007059792-Signal-PIN" (hint: vendor links start with https://)',
    ],
    [
      'third-party-mismatch',
      'content/signal/third-party-mismatch.md:12:17 links[0].thirdParty: says "howtogeek.com" but the link goes to www.howtogeek.com (hint: set thirdParty: www.howtogeek.com)',
    ],
    [
      'messenger-mismatch',
      'content/signal/messenger-mismatch.md:3:12 messenger: says "whatsapp" but the file is in content/signal/ (hint: move the file to the right folder or correct the field)',
    ],
    [
      'broken-item-link',
      'content/signal/broken-item-link.md:33:7 body: broken link to another item: ./user-names.md (no such file content/signal/user-names.md) (hint: link to an item with a relative path to its file, e.g. ../signal/registration-lock.md)',
    ],
    ['raw-html', 'content/signal/raw-html.md:20:1 body: raw HTML is not allowed: <b> (hint: write it in Markdown: **bold**, *italic*, lists and links)'],
    ['empty-steps', 'content/signal/empty-steps.md:24:1 body: empty steps: no numbered list (hint: list the steps as 1. 2. 3. with the exact menu path)'],
    ['missing-section', `content/signal/missing-section.md:18:1 body: missing section "## Why it matters" (hint: ${sections})`],
    [
      'invalid-yaml',
      'content/signal/invalid-yaml.md:2:8 frontmatter: invalid YAML: Nested mappings are not allowed in compact mappings (hint: quote text that contains ": " or starts with a special character)',
    ],
    ['image', 'content/signal/image.md:20:1 body: images are not allowed (hint: describe the screen in words and name the menu labels in bold)'],
  ])('%s', (name, expected) => {
    expect(problemsOf(name)).toContain(expected);
  });

  it('collects every problem in a file instead of stopping at the first', () => {
    expect(problemsOf('several-problems')).toEqual([
      'content/signal/several-problems.md:5:11 priority: Invalid option: expected one of "essential"|"recommended"|"advanced" (hint: one of essential, recommended, advanced)',
      'content/signal/several-problems.md:14:11 revision: Too small: expected number to be >=1 (hint: a whole number from 1; bump it when the steps change)',
      'content/signal/several-problems.md:20:1 body: raw HTML is not allowed: <i> (hint: write it in Markdown: **bold**, *italic*, lists and links)',
      'content/signal/several-problems.md:20:5 body: raw HTML is not allowed: </i> (hint: write it in Markdown: **bold**, *italic*, lists and links)',
    ]);
  });

  it('rejects a duplicate id, naming the file that has it first', () => {
    const [first] = good;
    const { problems } = compile([first!, { ...first! }, ...good.slice(1)]);
    expect(problems.map(formatProblem)).toEqual([
      'content/signal/registration-lock.md:1:1 id: duplicate item id "signal/registration-lock", already used by content/signal/registration-lock.md (hint: each file name must be unique within its messenger folder)',
    ]);
  });

  it('rejects a file name that is not a kebab-case id, an unknown messenger folder and a nested file', () => {
    const text = read('good/signal/usernames.md');
    const { problems } = compile([
      { path: 'content/signal/Phone_Number.md', text },
      { path: 'content/viber/usernames.md', text },
      { path: 'content/signal/extra/usernames.md', text },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'content/signal/Phone_Number.md:1:1 file: the file name "Phone_Number.md" is not a valid item id (hint: ids are kebab-case: lowercase letters, digits and single hyphens, like two-step-verification.md)',
      'content/viber/usernames.md:1:1 file: unknown messenger folder "viber" (hint: use one of whatsapp, signal, telegram)',
      "content/signal/extra/usernames.md:1:1 file: an item must sit at content/<messenger>/<item-id>.md (hint: move the file into its messenger's folder)",
    ]);
  });

  it('leaves out the items of broken files but keeps the good ones', () => {
    const broken = { path: 'content/signal/registration-lock.md', text: read('broken/raw-html.md') };
    const { items } = compile([broken, ...good.slice(1)]);
    expect(items.map((item) => item.id)).not.toContain('registration-lock');
    expect(items.map((item) => item.id)).toContain('usernames');
  });

  it('formats the whole report with a count, one problem per line', () => {
    const report = formatProblems(compile([{ path: 'content/viber/x.md', text: '' }]).problems);
    expect(report).toBe(
      'Checklist content has 1 problem:\ncontent/viber/x.md:1:1 file: unknown messenger folder "viber" (hint: use one of whatsapp, signal, telegram)',
    );
  });
});
