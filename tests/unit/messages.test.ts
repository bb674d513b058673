// Interface messages: the compiler (src/compiler/messages.ts) on small catalogs, the formatter
// (src/i18n/format.ts) with each language's plural rules, and the real catalogs: complete in
// every language, and every message used by the code.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMessages, type MessageFile } from '../../src/compiler/messages.ts';
import { loadMessageFiles } from '../../src/compiler/messages-plugin.ts';
import { formatMessage, type CompiledMessage } from '../../src/i18n/format.ts';

const nodes = (message: CompiledMessage | undefined) => message!;
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';

const file = (locale: Locale, messages: Record<string, string>, area = 'shell'): MessageFile => ({
  locale,
  area,
  path: `src/i18n/messages/${locale}/${area}.json`,
  text: JSON.stringify(messages, null, 2),
});
const STEPS = '{count, plural, one {# step done} other {# steps done}}';
const complete = (locale: Locale, steps: string) => file(locale, { 'shell.steps': steps, 'shell.hello': 'x {name}' });
const all = (overrides: Partial<Record<Locale, MessageFile>> = {}) =>
  LOCALES.map(
    (locale) =>
      overrides[locale] ??
      complete(
        locale,
        {
          en: STEPS,
          es: '{count, plural, one {# paso} many {# pasos} other {# pasos}}',
          ru: '{count, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}',
          ar: '{count, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتان} few {# خطوات} many {# خطوة} other {# خطوة}}',
          fa: '{count, plural, one {# گام} other {# گام}}',
        }[locale],
      ),
  );
const problems = (files: MessageFile[]) => compileMessages(files).problems.map(({ file: path, line, code }) => ({ path, line, code }));

describe('compileMessages()', () => {
  it('compiles complete catalogs into the parts each page loads', () => {
    const { catalogs, problems: found } = compileMessages(all());
    expect(found).toEqual([]);
    expect(Object.keys(catalogs.ru.shell)).toEqual(['shell.steps', 'shell.hello']);
  });

  it('fails on a message missing in one language, naming it', () => {
    const result = compileMessages(all({ fa: file('fa', { 'shell.steps': '{count, plural, one {# گام} other {# گام}}' }) }));
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([['src/i18n/messages/fa/shell.json', 'message-missing']]);
    expect(result.problems[0]?.message).toContain('shell.hello');
  });

  it('fails on a message English does not have, at its line', () => {
    const extra = file('es', { 'shell.steps': '{count, plural, one {# paso} many {# pasos} other {# pasos}}', 'shell.hello': 'x {name}', 'shell.old': 'y' });
    expect(problems(all({ es: extra }))).toEqual([{ path: 'src/i18n/messages/es/shell.json', line: 4, code: 'message-unknown' }]);
  });

  it('fails on a plural without a form the language needs (Arabic "few")', () => {
    const ar = complete('ar', '{count, plural, zero {لا} one {خطوة} two {خطوتان} many {# خطوة} other {# خطوة}}');
    const result = compileMessages(all({ ar }));
    expect(result.problems.map((p) => p.code)).toEqual(['message-plural']);
    expect(result.problems[0]?.message).toContain('few');
  });

  it('fails on a message that does not parse, and on other arguments than English', () => {
    expect(problems(all({ ru: complete('ru', '{count, plural, one {# шаг}') }))[0]?.code).toBe('message-syntax');
    const renamed = file('es', { 'shell.steps': '{count, plural, one {# paso} many {# pasos} other {# pasos}}', 'shell.hello': 'x {nombre}' });
    expect(problems(all({ es: renamed }))).toEqual([{ path: 'src/i18n/messages/es/shell.json', line: 3, code: 'message-arguments' }]);
  });

  it('fails on a key outside its file, and on a language without a file of the area', () => {
    expect(problems(all({ en: file('en', { 'shell.steps': STEPS, 'list.hello': 'x {name}' }) })).map((p) => p.code)).toContain('message-unknown');
    const withList = [...all(), file('en', { 'list.title': 'List' }, 'list')];
    expect(problems(withList).filter((p) => p.code === 'message-missing').map((p) => p.path)).toEqual(
      ['es', 'ar', 'ru', 'fa'].map((locale) => `src/i18n/messages/${locale}/list.json`),
    );
  });
});

describe('plural forms, as the formatter picks them', () => {
  const { catalogs } = compileMessages(all());
  const say = (locale: Locale, count: number) => formatMessage(nodes(catalogs[locale].shell['shell.steps']), { count }, locale).join('');

  it('in Russian for 1, 2, 5 and 11 steps', () => {
    expect([1, 2, 5, 11, 21].map((n) => say('ru', n))).toEqual(['1 шаг', '2 шага', '5 шагов', '11 шагов', '21 шаг']);
  });

  it('in Arabic for 0, 1, 2, 5 and 11 steps, with Arabic digits where the language writes them', () => {
    const five = new Intl.NumberFormat('ar').format(5);
    const eleven = new Intl.NumberFormat('ar').format(11);
    expect([0, 1, 2, 5, 11].map((n) => say('ar', n))).toEqual(['لا خطوات', 'خطوة واحدة', 'خطوتان', `${five} خطوات`, `${eleven} خطوة`]);
  });
});

describe('the catalogs in src/i18n/messages', async () => {
  const root = new URL('../../', import.meta.url).pathname;
  const { catalogs, problems: found } = compileMessages(await loadMessageFiles(root));

  it('compile in every language without a problem', () => {
    expect(found).toEqual([]);
  });

  it('hold only messages the code uses', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(root, 'src'));
    const code = sources.join('\n');
    const keys = [...Object.keys(catalogs.en.shell), ...Object.keys(catalogs.en.app), ...Object.keys(catalogs.en.page)];
    expect(keys.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });

  it('word the progress of a messenger in Russian and Arabic with the right form for 1, 2, 5 and 11 essentials left', () => {
    const summary = (locale: Locale, left: number) =>
      formatMessage(nodes(catalogs[locale].app['list.progress.summary']), { done: 0, total: 20, essentialsLeft: left, recheck: 0 }, locale).join('');
    expect([1, 2, 5, 11].map((n) => summary('ru', n))).toEqual([
      'Сделано 0 из 20, остался 1 важный шаг.',
      'Сделано 0 из 20, осталось 2 важных шага.',
      'Сделано 0 из 20, осталось 5 важных шагов.',
      'Сделано 0 из 20, осталось 11 важных шагов.',
    ]);
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect([1, 2, 5, 11].map((left) => summary('ar', left))).toEqual([
      `أُنجز ${n(0)} من ${n(20)}، بقيت خطوة أساسية واحدة.`,
      `أُنجز ${n(0)} من ${n(20)}، بقيت خطوتان أساسيتان.`,
      `أُنجز ${n(0)} من ${n(20)}، بقيت ${n(5)} خطوات أساسية.`,
      `أُنجز ${n(0)} من ${n(20)}، بقيت ${n(11)} خطوة أساسية.`,
    ]);
  });

  it('say a Russian and an Arabic step count right for 1, 2, 5 and 11', () => {
    const minutes = (locale: Locale, n: number) => formatMessage(nodes(catalogs[locale].shell['shell.minutes.about']), { minutes: n }, locale).join('');
    expect([1, 2, 5, 11].map((n) => minutes('ru', n))).toEqual(['около 1 минуты', 'около 2 минут', 'около 5 минут', 'около 11 минут']);
    expect([1, 2].map((n) => minutes('ar', n))).toEqual(['نحو دقيقة واحدة', 'نحو دقيقتين']);
  });
});
