import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, type SourceFile } from '../../src/compiler/compile.ts';
import { formatProblem, formatProblems, type Problem } from '../../src/compiler/problems.ts';
import { itemNumber } from '../../src/content/item-number.ts';
import { checklistItemSchema, toIndexEntry, toSummary } from '../../src/content/schema.ts';

const fixtures = new URL('../fixtures/content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');

const good: SourceFile[] = ['signal/registration-lock.md', 'signal/usernames.md', 'telegram/auto-delete.md', 'glossary.md', 'settings-entry.md'].map(
  (path) => ({ path: `content/${path}`, text: read(`good/${path}`) }),
);
const goodItems = good.filter((file) => file.path !== 'content/glossary.md');

/** Where and what, without the English words: what the tests pin. */
const where = ({ code, line, column, field }: Problem) => ({ code, line, column, field });

/** Compiles one broken fixture as content/signal/<name>.md next to the good files; its own problems. */
function problemsOf(name: string): ReturnType<typeof where>[] {
  const path = `content/signal/${name}.md`;
  const { problems } = compile([{ path, text: read(`broken/${name}.md`) }, ...good]);
  for (const problem of problems) expect(problem.hint, formatProblem(problem)).toBeTruthy();
  return problems.filter((problem) => problem.file === path).map(where);
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
      minutes: 5,
      sources: ['internews', 'internews-2025', 'vendor'],
      reviewed: '2026-11-23',
      changed: 'Registration Lock moved from Privacy to Account.',
      evidence: [
        { fact: 'Registration Lock is under Settings, Account.', read: '2026-11-23', confirmed: true },
        { platforms: ['android'], source: 'signalapp/Signal-Android: app/src/main/res/values/strings.xml', confirmed: false },
      ],
      changes: [{ revision: 2, date: '2026-11-23' }, { revision: 1 }],
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
  it.each([
    ['unknown-field', { code: 'unknown-field', line: 5, column: 1, field: 'colour' }],
    ['missing-field', { code: 'missing-field', line: 2, column: 1, field: 'priority' }],
    ['wrong-type', { code: 'wrong-type', line: 14, column: 11, field: 'revision' }],
    ['link-off-domain', { code: 'link-host', line: 11, column: 10, field: 'links[0].url' }],
    ['link-not-https', { code: 'link-not-https', line: 11, column: 10, field: 'links[0].url' }],
    ['third-party-mismatch', { code: 'third-party-mismatch', line: 12, column: 17, field: 'links[0].thirdParty' }],
    ['messenger-mismatch', { code: 'messenger-mismatch', line: 3, column: 12, field: 'messenger' }],
    ['broken-item-link', { code: 'broken-item-link', line: 33, column: 7, field: 'body' }],
    ['raw-html', { code: 'raw-html', line: 20, column: 1, field: 'body' }],
    ['empty-steps', { code: 'empty-steps', line: 24, column: 1, field: 'body' }],
    ['missing-section', { code: 'missing-section', line: 18, column: 1, field: 'body' }],
    ['invalid-yaml', { code: 'invalid-yaml', line: 2, column: 8, field: 'frontmatter' }],
    ['image', { code: 'image', line: 20, column: 1, field: 'body' }],
    ['minutes-out-of-range', { code: 'out-of-range', line: 15, column: 10, field: 'minutes' }],
    ['evidence-source', { code: 'evidence-source', line: 24, column: 13, field: 'evidence[1].source' }],
    ['evidence-platforms', { code: 'evidence-platforms', line: 23, column: 16, field: 'evidence[1].platforms' }],
    ['evidence-missing-field', { code: 'missing-field', line: 22, column: 5, field: 'evidence[1].confirmed' }],
    ['changes-revision', { code: 'changes-revision', line: 30, column: 15, field: 'changes[0].revision' }],
    ['changes-order', { code: 'changes-order', line: 33, column: 15, field: 'changes[1].revision' }],
    ['changes-date-order', { code: 'changes-date-order', line: 32, column: 11, field: 'changes[1].date' }],
    ['unknown-term', { code: 'unknown-term', line: 21, column: 6, field: 'body' }],
  ])('%s', (name, expected) => {
    expect(problemsOf(name)).toContainEqual(expected);
  });

  it('names the known fields when a field is unknown', () => {
    const { problems } = compile([{ path: 'content/signal/unknown-field.md', text: read('broken/unknown-field.md') }]);
    expect(problems[0]!.hint).toContain('title, messenger, order');
  });

  it('names the fields of a list entry when one of its fields is unknown', () => {
    const text = read('good/signal/registration-lock.md').replace('    confirmed: true\n', '    confirmed: true\n    checked: yes\n');
    const [problem, ...rest] = compile([{ path: 'content/signal/registration-lock.md', text }]).problems;
    expect(rest).toEqual([]);
    expect(where(problem!)).toEqual({ code: 'unknown-field', line: 22, column: 5, field: 'evidence[0].checked' });
    expect(problem!.hint).toBe('known fields are fact, platforms, source, read, confirmed, note');
  });

  it('collects every problem in a file instead of stopping at the first', () => {
    expect(problemsOf('several-problems')).toEqual([
      { code: 'invalid-option', line: 5, column: 11, field: 'priority' },
      { code: 'out-of-range', line: 14, column: 11, field: 'revision' },
      { code: 'raw-html', line: 20, column: 1, field: 'body' },
      { code: 'raw-html', line: 20, column: 5, field: 'body' },
    ]);
  });

  it('rejects a duplicate id, naming the file that has it first', () => {
    const [first] = good;
    const { problems } = compile([first!, { ...first! }, ...good.slice(1)]);
    expect(problems.map(where)).toEqual([{ code: 'duplicate-id', line: 1, column: 1, field: 'id' }]);
    expect(problems[0]!.message).toContain('content/signal/registration-lock.md');
  });

  it('rejects a file name that is not a kebab-case id, an unknown messenger folder and a nested file', () => {
    const text = read('good/signal/usernames.md');
    const { problems } = compile([
      { path: 'content/signal/Phone_Number.md', text },
      { path: 'content/viber/usernames.md', text },
      { path: 'content/signal/extra/usernames.md', text },
    ]);
    expect(problems.map(({ file, code }) => [file, code])).toEqual([
      ['content/signal/Phone_Number.md', 'invalid-item-id'],
      ['content/viber/usernames.md', 'unknown-messenger-folder'],
      ['content/signal/extra/usernames.md', 'file-location'],
    ]);
  });

  it('leaves out the items of broken files but keeps the good ones', () => {
    const broken = { path: 'content/signal/registration-lock.md', text: read('broken/raw-html.md') };
    const { items } = compile([broken, ...good.slice(1)]);
    expect(items.map((item) => item.id)).not.toContain('registration-lock');
    expect(items.map((item) => item.id)).toContain('usernames');
  });
});

describe('compile() on small edits of a good item reports each rule by its code', () => {
  const path = 'content/signal/usernames.md';
  const text = read('good/signal/usernames.md');
  const others = good.filter((file) => file.path !== path);
  const replace = (from: string, to: string) => (source: string) => {
    expect(source).toContain(from);
    return source.replace(from, to);
  };

  it.each([
    ['no frontmatter', () => '## Why it matters\n\nText.\n', { code: 'missing-frontmatter', line: 1, column: 1, field: 'frontmatter' }],
    ['frontmatter that is a list', () => '---\n- title\n- messenger\n---\n', { code: 'frontmatter-not-a-map', line: 2, column: 1, field: 'frontmatter' }],
    ['a threat listed twice', replace('[identity-exposure]', '[identity-exposure, identity-exposure]'), { code: 'duplicate-entry', line: 7, column: 10, field: 'threats' }],
    [
      'thirdParty on a vendor link',
      replace('6712070553754\n', '6712070553754\n    thirdParty: support.signal.org\n'),
      { code: 'third-party-is-vendor', line: 12, column: 17, field: 'links[0].thirdParty' },
    ],
    ['a link for a platform the item lacks', replace('platforms: [android, iphone, desktop]', 'platforms: [android, desktop]'), { code: 'link-platforms', line: 12, column: 16, field: 'links[0].platforms' }],
    ['a level-1 heading', replace('## Why it matters', '# Why it matters'), { code: 'level-1-heading', line: 19, column: 1, field: 'body' }],
    ['an unknown section', (source: string) => `${source}\n## Notes\n\nMore.\n`, { code: 'unknown-section', line: 31, column: 1, field: 'body' }],
    ['a section twice', (source: string) => `${source}\n## Steps\n\n1. Again.\n`, { code: 'duplicate-section', line: 31, column: 1, field: 'body' }],
    ['sections out of order', replace('## Steps\n', '## Caveats\n\n- Careful.\n\n## Steps\n'), { code: 'section-order', line: 27, column: 1, field: 'body' }],
    ['text before the first section', replace('## Why it matters', 'Intro.\n\n## Why it matters'), { code: 'text-before-section', line: 19, column: 1, field: 'body' }],
    ['a step group that names no platform', replace('### Desktop', '### Windows'), { code: 'unknown-platform-heading', line: 27, column: 1, field: 'body' }],
    [
      "a step group for a platform outside the item's",
      replace('platforms: [android, iphone, desktop]', 'platforms: [android, iphone]'),
      { code: 'platform-not-in-item', line: 27, column: 1, field: 'body' },
    ],
    ['a list nested two levels deep', replace('**Phone Number**.\n', '**Phone Number**.\n   - One\n     - Two\n'), { code: 'nested-list-depth', line: 27, column: 6, field: 'body' }],
    ['a reference-style link', replace('(glossary:phone-number) can say who you are.', '[pn] can say who you are.\n\n[pn]: https://signal.org/'), { code: 'reference-link', line: 21, column: 6, field: 'body' }],
    ['a heading inside a section', replace('Your [phone', '#### Note\n\nYour [phone'), { code: 'heading-not-allowed', line: 21, column: 1, field: 'body' }],
    ['a block quote', replace('Your [phone', '> Quoted.\n\nYour [phone'), { code: 'unsupported-markdown', line: 21, column: 1, field: 'body' }],
    ['a body link off the vendor site', replace('(glossary:phone-number)', '(https://example.com/numbers)'), { code: 'body-link-host', line: 21, column: 6, field: 'body' }],
  ])('%s', (_name, edit, expected) => {
    const problems = compile([{ path, text: edit(text) }, ...others]).problems.filter((problem) => problem.file === path);
    expect(problems.map(where)).toContainEqual(expected);
    for (const problem of problems) expect(problem.hint, formatProblem(problem)).toBeTruthy();
  });
});

describe('formatProblems()', () => {
  it('prints each problem as file:line:column field: message (hint: …)', () => {
    const problem: Problem = { file: 'content/signal/x.md', line: 4, column: 3, field: 'links[0].url', code: 'link-not-https', message: 'not https', hint: 'start with https://' };
    expect(formatProblem(problem)).toBe('content/signal/x.md:4:3 links[0].url: not https (hint: start with https://)');
    expect(formatProblem({ ...problem, hint: undefined })).toBe('content/signal/x.md:4:3 links[0].url: not https');
  });

  it('formats the whole report with a count, one problem per line', () => {
    const report = formatProblems(compile([{ path: 'content/viber/x.md', text: '' }]).problems);
    expect(report).toMatch(/^Checklist content has 1 problem:\ncontent\/viber\/x\.md:1:1 file: .+ \(hint: .+\)$/);
  });
});

describe('recovery steps', () => {
  const recovery = read('good/signal/account-takeover-recovery.md');
  const recoveryPath = 'content/signal/account-takeover-recovery.md';
  /** A broken recovery fixture compiled in the recovery item's place; its own problems. */
  const problemsOfRecovery = (name: string) => {
    const { problems } = compile([{ path: recoveryPath, text: read(`broken/${name}.md`) }, ...good]);
    for (const problem of problems) expect(problem.hint, formatProblem(problem)).toBeTruthy();
    return problems.map(where);
  };

  it('keeps each step id, revision and old position, in the index too', () => {
    const { items, problems } = compile([{ path: recoveryPath, text: recovery }, ...good]);
    expect(problems).toEqual([]);
    const item = items.find((candidate) => candidate.id === 'account-takeover-recovery')!;
    const steps = [
      { id: 'check-account', revision: 2, was: 2 },
      { id: 'remove-linked-devices', revision: 1, was: 1 },
      { id: 'unlink-desktop', revision: 1 },
    ];
    expect(item.recoverySteps).toEqual(steps);
    expect(toIndexEntry(item).recoverySteps).toEqual(steps);
    expect(toIndexEntry(items[0]!)).not.toHaveProperty('recoverySteps');
  });

  it('counts the numbered steps across every step group, and says how many there are', () => {
    const problems = compile([{ path: recoveryPath, text: read('broken/recovery-steps-count.md') }]).problems;
    expect(problems.map(where)).toEqual([{ code: 'recovery-steps-count', line: 15, column: 1, field: 'recoverySteps' }]);
    expect(problems[0]!.hint).toContain('exactly 3 entries');
  });

  it('rejects an id used twice, at the second use', () => {
    expect(problemsOfRecovery('recovery-step-duplicate-id')).toEqual([
      { code: 'duplicate-recovery-step-id', line: 20, column: 9, field: 'recoverySteps[2].id' },
    ]);
  });

  it('rejects an old position claimed twice, at the second claim', () => {
    expect(problemsOfRecovery('recovery-step-duplicate-was')).toEqual([
      { code: 'duplicate-recovery-step-was', line: 18, column: 45, field: 'recoverySteps[2].was' },
    ]);
  });

  it('rejects an id that is not kebab-case, a revision below 1 and a position below 1', () => {
    expect(problemsOfRecovery('recovery-step-bad-id')).toEqual([
      { code: 'invalid-format', line: 17, column: 11, field: 'recoverySteps[1].id' },
      { code: 'out-of-range', line: 18, column: 37, field: 'recoverySteps[2].revision' },
      { code: 'out-of-range', line: 18, column: 45, field: 'recoverySteps[2].was' },
    ]);
  });

  it('requires the recovery item to name its steps', () => {
    const text = recovery.replace(/^recoverySteps:\n(?: {2}.*\n)+/m, '');
    expect(text).not.toContain('recoverySteps');
    const { problems } = compile([{ path: recoveryPath, text }, ...good]);
    expect(problems.map(where)).toEqual([{ code: 'recovery-steps-missing', line: 2, column: 1, field: 'recoverySteps' }]);
    expect(problems[0]!.hint).toContain('3 entries');
  });

  it('rejects recovery steps on an item that is not the recovery item', () => {
    const path = 'content/signal/registration-lock.md';
    const { problems } = compile([{ path, text: recovery }, ...good.slice(1)]);
    expect(problems.filter((problem) => problem.file === path).map(where)).toEqual([{ code: 'recovery-steps-not-recovery', line: 15, column: 1, field: 'recoverySteps' }]);
  });

  it("rejects a step id whose link number is another item's", () => {
    // itemNumber('recovery/signal-step-2253') === itemNumber('signal/item-13075')
    const { problems } = compile([
      { path: 'content/signal/item-13075.md', text: read('good/signal/usernames.md') },
      { path: recoveryPath, text: recovery.replace('id: unlink-desktop', 'id: step-2253') },
      good.find((file) => file.path === 'content/glossary.md')!,
      good.find((file) => file.path === 'content/settings-entry.md')!,
    ]);
    expect(problems.map((problem) => ({ file: problem.file, ...where(problem) }))).toEqual([
      { file: recoveryPath, code: 'number-collision', line: 22, column: 9, field: 'recoverySteps[2].id' },
    ]);
    expect(itemNumber('recovery/signal-step-2253')).toBe(itemNumber('signal/item-13075'));
  });
});

describe('the glossary', () => {
  const glossaryAt = (name: string): SourceFile => ({ path: 'content/glossary.md', text: read(`broken/glossary/${name}.md`) });
  const problemsIn = (files: SourceFile[], file: string) => compile(files).problems.filter((problem) => problem.file === file);

  const phoneNumber = { term: 'phone number', definition: 'The number your SIM card has, which people can use to find out who you are.' };

  it('compiles a glossary link to a term node, and gives the item the entries it links', () => {
    const { items } = compile(good);
    const usernames = items.find((item) => item.id === 'usernames')!;
    expect(usernames.why[0]).toMatchObject({
      children: [{ value: 'Your ' }, { type: 'term', id: 'phone-number', children: [{ type: 'text', value: 'phone number' }] }, { value: ' can say who you are.' }],
    });
    expect(usernames.terms).toEqual({ 'phone-number': phoneNumber });
    expect(items.find((item) => item.id === 'auto-delete')!.terms).toEqual({});
  });

  it('returns the whole glossary as a list sorted by term', () => {
    const extra = 'terms:\n  - id: account\n    term: Account\n    definition: What the app knows you by.\n';
    const glossaryFile = good.find((file) => file.path === 'content/glossary.md')!;
    const text = glossaryFile.text.replace('terms:\n', extra);
    const usernames = goodItems.find((file) => file.path.endsWith('usernames.md'))!;
    const linked = { ...usernames, text: usernames.text.replace(' can say who you are.', ' can say who you are. [Account](glossary:account).') };
    const { glossary, problems } = compile([...goodItems.filter((file) => file !== usernames), linked, { ...glossaryFile, text }]);
    expect(problems).toEqual([]);
    expect(glossary).toEqual([
      { id: 'account', term: 'Account', definition: 'What the app knows you by.' },
      { id: 'phone-number', ...phoneNumber },
    ]);
  });

  it('is empty without content/glossary.md, and then every term link is an error', () => {
    const { glossary, problems } = compile(goodItems);
    expect(glossary).toEqual([]);
    expect(problems.map(where)).toEqual([{ code: 'unknown-term', line: 21, column: 6, field: 'body' }]);
    expect(problems[0]!.hint).toContain('content/glossary.md');
  });

  it('rejects a defined term that no item links to, at its id', () => {
    expect(problemsIn([...goodItems, glossaryAt('unused-term')], 'content/glossary.md').map(where)).toEqual([
      { code: 'unused-term', line: 6, column: 9, field: 'terms[1].id' },
    ]);
  });

  it('rejects a definition that is not one plain sentence, and a term defined twice', () => {
    const problems = problemsIn([...goodItems, glossaryAt('unused-and-bad')], 'content/glossary.md');
    expect(problems.map(where)).toEqual([
      { code: 'definition-not-one-sentence', line: 5, column: 17, field: 'terms[0].definition' },
      { code: 'definition-not-one-sentence', line: 8, column: 17, field: 'terms[1].definition' },
      { code: 'duplicate-term', line: 9, column: 9, field: 'terms[2].id' },
    ]);
    for (const problem of problems) expect(problem.hint).toBeTruthy();
  });

  it('rejects text after the frontmatter', () => {
    expect(problemsIn([...goodItems, glossaryAt('with-body')], 'content/glossary.md').map(where)).toEqual([
      { code: 'glossary-body', line: 8, column: 1, field: 'body' },
    ]);
  });

  it('rejects a glossary link whose id is not kebab-case', () => {
    const text = read('good/signal/usernames.md').replace('glossary:phone-number', 'glossary:Phone_Number');
    const files = [...good.filter((file) => !file.path.endsWith('usernames.md')), { path: 'content/signal/usernames.md', text }];
    expect(problemsIn(files, 'content/signal/usernames.md').map(where)).toEqual([{ code: 'body-link-target', line: 21, column: 6, field: 'body' }]);
  });
});

describe('how to open Settings (content/settings-entry.md)', () => {
  const settingsPath = 'content/settings-entry.md';
  const goodSettings = good.find((file) => file.path === settingsPath)!;
  const withoutSettings = good.filter((file) => file !== goodSettings);
  const settingsFrom = (text: string): SourceFile[] => [...withoutSettings, { path: settingsPath, text }];
  const brokenSettings = (name: string) => settingsFrom(read(`broken/settings-entry/${name}.md`));
  /** Every problem, with its file: the settings file's own and the items' missing entries. */
  const problemsWith = (files: SourceFile[]) => {
    const { problems } = compile(files);
    for (const problem of problems) expect(problem.hint, formatProblem(problem)).toBeTruthy();
    return problems.map((problem) => ({ file: problem.file, ...where(problem) }));
  };

  it("attaches to each item its messenger's entries for the item's platforms, in the item's platform order", () => {
    const { items, problems } = compile(good);
    expect(problems).toEqual([]);
    const usernames = items.find((item) => item.id === 'usernames')!;
    expect(usernames.settingsEntry.map((entry) => entry.platform)).toEqual(['android', 'iphone', 'desktop']);
    expect(usernames.settingsEntry[0]).toEqual({
      platform: 'android',
      how: [
        { type: 'text', value: 'Tap your profile picture at the top left of the chat list. You can also tap ' },
        { type: 'text', value: '⋮', emphasis: true },
        { type: 'text', value: ' and choose ' },
        { type: 'text', value: 'Settings', strong: true },
        { type: 'text', value: '.' },
      ],
      evidence: [
        {
          fact: 'Android: tapping your profile picture in the chat list opens Settings',
          source: 'signalapp/Signal-Android: app/src/main/res/layout/conversation_list_fragment.xml',
          read: '2026-12-02',
          confirmed: true,
          note: 'The position of the picture is from guides.',
        },
      ],
    });
    expect(usernames.settingsEntry[2]!.how).toContainEqual({ type: 'code', value: 'Ctrl+,' });
    expect(items.find((item) => item.id === 'registration-lock')!.settingsEntry.map((entry) => entry.platform)).toEqual(['android', 'iphone']);
    expect(items.find((item) => item.id === 'auto-delete')!.settingsEntry).toMatchObject([
      { platform: 'android', how: [{ value: 'Tap ' }, { value: '☰', strong: true }, { value: ' at the top left of the chat list, then tap ' }, { value: 'Settings', strong: true }, { value: '.' }] },
    ]);
    for (const item of items) expect(checklistItemSchema.safeParse(item).success).toBe(true);
  });

  it('rejects an unknown messenger or platform, at the field', () => {
    expect(problemsWith(brokenSettings('unknown-messenger-and-platform'))).toEqual([
      { file: settingsPath, code: 'invalid-option', line: 3, column: 16, field: 'entries[0].messenger' },
      { file: settingsPath, code: 'invalid-option', line: 12, column: 15, field: 'entries[1].platform' },
    ]);
  });

  it('rejects an entry given twice, at the second', () => {
    expect(problemsWith(brokenSettings('duplicate-entry'))).toEqual([
      { file: settingsPath, code: 'duplicate-settings-entry', line: 11, column: 16, field: 'entries[1]' },
    ]);
  });

  it('rejects a link or a list in how', () => {
    expect(problemsWith(brokenSettings('how-markdown'))).toEqual([
      { file: settingsPath, code: 'settings-how-markdown', line: 5, column: 10, field: 'entries[0].how' },
      { file: settingsPath, code: 'settings-how-markdown', line: 13, column: 10, field: 'entries[1].how' },
    ]);
    const [link, list] = compile(brokenSettings('how-markdown')).problems;
    expect(link!.message).toContain('link');
    expect(list!.message).toContain('list');
  });

  it.each([
    ['raw HTML', 'then tap <b>Settings</b>.', 'raw HTML'],
    ['an image', 'then tap ![Settings](https://telegram.org/gear.png).', 'an image'],
    ['a second paragraph', 'then tap\\n\\n**Settings**.', 'a second paragraph'],
  ])('rejects %s in how', (_, how, named) => {
    const text = goodSettings.text.replace('then tap **Settings**."\n    evidence:\n      - fact: "Android: the side menu', `${how}"\n    evidence:\n      - fact: "Android: the side menu`);
    expect(text).not.toBe(goodSettings.text);
    const { problems } = compile(settingsFrom(text));
    expect(problems.map(where)).toEqual([{ code: 'settings-how-markdown', line: 30, column: 10, field: 'entries[3].how' }]);
    expect(problems[0]!.message).toContain(named);
  });

  it('rejects how that is more than two sentences, or does not end with a full stop', () => {
    expect(problemsWith(brokenSettings('how-sentences'))).toEqual([
      { file: settingsPath, code: 'settings-how-sentences', line: 5, column: 10, field: 'entries[0].how' },
      { file: settingsPath, code: 'settings-how-sentences', line: 13, column: 10, field: 'entries[1].how' },
    ]);
  });

  it('rejects text after the frontmatter', () => {
    expect(problemsWith(brokenSettings('with-body'))).toEqual([
      { file: settingsPath, code: 'settings-entry-body', line: 13, column: 1, field: 'body' },
    ]);
  });

  it('rejects evidence with platforms (an entry has one) or a source that is neither a URL nor a repository', () => {
    const withPlatforms = goodSettings.text.replace('        read: 2026-12-02\n', '        platforms: [iphone]\n        read: 2026-12-02\n');
    expect(problemsWith(settingsFrom(withPlatforms))).toEqual([
      { file: settingsPath, code: 'unknown-field', line: 9, column: 9, field: 'entries[0].evidence[0].platforms' },
    ]);
    const badSource = goodSettings.text.replace('source: https://telegram.org/faq', 'source: telegram.org/faq');
    expect(problemsWith(settingsFrom(badSource))).toEqual([
      { file: settingsPath, code: 'evidence-source', line: 33, column: 17, field: 'entries[3].evidence[0].source' },
    ]);
  });

  it('reports a missing entry once, at the first item that lists the platform', () => {
    const problems = problemsWith(brokenSettings('missing-entry'));
    expect(problems).toEqual([{ file: 'content/signal/usernames.md', code: 'missing-settings-entry', line: 8, column: 30, field: 'platforms[2]' }]);
    expect(compile(brokenSettings('missing-entry')).problems[0]!.hint).toContain('messenger: signal, platform: desktop');
  });

  it('is required as soon as there are items: without it, each messenger and platform is missing', () => {
    const { problems } = compile(withoutSettings);
    expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.code} ${problem.field}`)).toEqual([
      'content/signal/registration-lock.md:8:13 missing-settings-entry platforms[0]',
      'content/signal/registration-lock.md:8:22 missing-settings-entry platforms[1]',
      'content/signal/usernames.md:8:30 missing-settings-entry platforms[2]',
      'content/telegram/auto-delete.md:8:13 missing-settings-entry platforms[0]',
    ]);
    expect(problems[0]!.hint).toContain('create content/settings-entry.md');
    expect(compile([]).problems).toEqual([]);
  });

  it('leaves the entries out of the messenger rows and the index', () => {
    const [item] = compile(good).items;
    expect(toSummary(item!)).not.toHaveProperty('settingsEntry');
    expect(toSummary(item!)).not.toHaveProperty('terms');
    expect(toIndexEntry(item!)).not.toHaveProperty('settingsEntry');
  });
});
