// Interface messages: src/i18n/messages/<locale>/<area>.json (ICU MessageFormat, flat objects,
// a format translation platforms import as "ICU JSON"; every key starts with its file's area). Compiled at build time into
// the small arrays src/i18n/format.ts formats, so no ICU parser ships. Pure: files in, catalogs
// and problems out. Every language must have exactly English's keys, each message must parse,
// name the same arguments and tags as English, and give every plural form its language needs.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import type { CompiledMessage, MessageNode } from '../i18n/format.ts';
import { FILE_START, Reporter, type Position, type Problem } from './problems.ts';

export const MESSAGES_DIR = 'src/i18n/messages';
export const messagesFile = (locale: string, area: string) => `${MESSAGES_DIR}/${locale}/${area}.json`;

/**
 * Messages whose key starts with `shell.` are what the first page needs (header, home page,
 * notices); they load before the page becomes interactive. `page.` messages are only written
 * into the HTML by the prerender (the description, the notice for a page that cannot start),
 * so the browser never loads them. `offer.` messages (the offer of the person's language, said
 * in that language) come in one small module for every language, so a page need not load a
 * second language's messages to make the offer. The rest load with any other screen.
 */
export const MESSAGE_PARTS = ['shell', 'app', 'offer', 'page'] as const;
export type MessagePart = (typeof MESSAGE_PARTS)[number];
const PREFIXED_PARTS = ['shell', 'offer', 'page'] as const satisfies readonly MessagePart[];
export const partOf = (key: string): MessagePart => PREFIXED_PARTS.find((part) => key.startsWith(`${part}.`)) ?? 'app';

export interface MessageFile {
  locale: Locale;
  /** The file's name without .json: every key in it starts with `<area>.`. */
  area: string;
  path: string;
  text: string;
}

export type Catalogs = Record<Locale, Record<MessagePart, Record<string, CompiledMessage>>>;

interface Parsed {
  messages: Map<string, { text: string; at: Position }>;
}


function readCatalog(file: MessageFile, report: Reporter): Parsed | undefined {
  const parsed = readFile(file, report);
  if (parsed) {
    for (const [key, { at }] of parsed.messages) {
      if (!key.startsWith(`${file.area}.`)) {
        report.add(at, key, 'message-unknown', `"${key}" does not start with "${file.area}.", the name of its file`, `move it to ${messagesFile(file.locale, key.split('.')[0]!)} or rename it`);
        parsed.messages.delete(key);
      }
    }
  }
  return parsed;
}

function readFile(file: MessageFile, report: Reporter): Parsed | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true });
  const at = (offset: number | undefined): Position => (offset === undefined ? FILE_START : { line: lineCounter.linePos(offset).line, column: lineCounter.linePos(offset).col });
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    report.add(at(error!.pos[0]), 'json', 'message-syntax', `not valid JSON: ${error!.message.split('\n')[0]}`);
    return undefined;
  }
  if (!isMap(doc.contents)) {
    report.add(FILE_START, 'json', 'message-syntax', 'expected one JSON object of "key": "message" pairs');
    return undefined;
  }
  const messages = new Map<string, { text: string; at: Position }>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const where = at(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (!key || !isScalar(pair.value) || typeof pair.value.value !== 'string') {
      report.add(where, key ?? 'json', 'message-syntax', 'expected "key": "message" with a string message');
      continue;
    }
    messages.set(key, { text: pair.value.value, at: where });
  }
  return { messages };
}

interface Shape {
  arguments: Set<string>;
  tags: Set<string>;
}

function compileMessage(text: string, locale: Locale, shape: Shape, fail: (code: 'message-syntax' | 'message-plural', message: string) => void): MessageNode[] | undefined {
  let elements: MessageFormatElement[];
  try {
    elements = parse(text);
  } catch (error) {
    fail('message-syntax', `does not parse as ICU MessageFormat: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  let ok = true;
  const walk = (list: MessageFormatElement[]): MessageNode[] =>
    list.map((el): MessageNode => {
      switch (el.type) {
        case TYPE.literal:
          return el.value;
        case TYPE.pound:
          return 0;
        case TYPE.argument:
        case TYPE.number:
          shape.arguments.add(el.value);
          return [el.value];
        case TYPE.plural: {
          shape.arguments.add(el.value);
          const missing = needed.filter((category) => !(category in el.options));
          if (el.pluralType === 'ordinal' || el.offset) {
            ok = false;
            fail('message-syntax', `{${el.value}}: ordinal plurals and offsets are not supported`);
          } else if (missing.length > 0 || !('other' in el.options)) {
            ok = false;
            fail('message-plural', `{${el.value}, plural} lacks the form${missing.length === 1 ? '' : 's'} ${missing.join(', ') || 'other'} that ${locale} needs`);
          }
          return [el.value, 1, Object.fromEntries(Object.entries(el.options).map(([key, option]) => [key, walk(option.value)]))];
        }
        case TYPE.select:
          shape.arguments.add(el.value);
          if (!('other' in el.options)) {
            ok = false;
            fail('message-syntax', `{${el.value}, select} needs an "other" option`);
          }
          return [el.value, 2, Object.fromEntries(Object.entries(el.options).map(([key, option]) => [key, walk(option.value)]))];
        case TYPE.tag:
          shape.tags.add(el.value);
          return [el.value, 3, walk(el.children)];
        default:
          ok = false;
          fail('message-syntax', `${TYPE[el.type]} arguments are not supported: format dates and lists with Intl and pass a string`);
          return '';
      }
    });
  const nodes = walk(elements);
  // Adjacent literals (split by the parser around `'`) are joined, so catalogs stay small.
  return ok ? nodes : undefined;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((value) => b.has(value));
const listOf = (set: Set<string>) => (set.size === 0 ? 'none' : [...set].map((name) => `{${name}}`).join(', '));

/** Compiles every language's catalog; English is the reference for keys, arguments and tags. */
export function compileMessages(files: readonly MessageFile[]): { catalogs: Catalogs; problems: Problem[] } {
  const problems: Problem[] = [];
  const catalogs = Object.fromEntries(LOCALES.map((locale) => [locale, Object.fromEntries(MESSAGE_PARTS.map((part) => [part, {}]))])) as Catalogs;
  const shapes = new Map<string, Shape>();
  const englishAreas = files.filter((file) => file.locale === DEFAULT_LOCALE);
  const englishKeys = new Map<string, string>();

  const ordered = [DEFAULT_LOCALE, ...LOCALES.filter((locale) => locale !== DEFAULT_LOCALE)];
  for (const locale of ordered) {
    for (const english of englishAreas) {
      const file = files.find((candidate) => candidate.locale === locale && candidate.area === english.area);
      if (!file) {
        problems.push({ file: messagesFile(locale, english.area), ...FILE_START, field: 'json', code: 'message-missing', message: `there is no ${english.area} message file for ${locale}`, hint: `copy ${english.path} and translate it` });
      }
    }
    for (const file of files.filter((candidate) => candidate.locale === locale)) {
      const report = new Reporter(file.path);
      const parsed = readCatalog(file, report);
      for (const [key, { text, at }] of parsed?.messages ?? []) {
        if (locale === DEFAULT_LOCALE) englishKeys.set(key, file.path);
        else if (!englishKeys.has(key)) {
          report.add(at, key, 'message-unknown', `"${key}" is not an English message`, 'remove it, or add it to the English file first');
          continue;
        }
        const shape: Shape = { arguments: new Set(), tags: new Set() };
        const nodes = compileMessage(text, locale, shape, (code, message) => report.add(at, key, code, message));
        if (!nodes) continue;
        const english = shapes.get(key);
        if (locale === DEFAULT_LOCALE) shapes.set(key, shape);
        else if (english && (!sameSet(english.arguments, shape.arguments) || !sameSet(english.tags, shape.tags))) {
          report.add(
            at,
            key,
            'message-arguments',
            `uses arguments ${listOf(shape.arguments)} and tags ${listOf(shape.tags)}, English uses ${listOf(english.arguments)} and ${listOf(english.tags)}`,
            'keep every {argument} and <tag> of the English message, with the same names',
          );
          continue;
        }
        catalogs[locale][partOf(key)][key] = nodes;
      }
      if (locale !== DEFAULT_LOCALE && parsed) {
        const missing = [...englishKeys].filter(([key, path]) => path.endsWith(`/${file.area}.json`) && !parsed.messages.has(key)).map(([key]) => key);
        if (missing.length > 0) {
          report.add(FILE_START, 'json', 'message-missing', `${missing.length} English message${missing.length === 1 ? ' is' : 's are'} not translated: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}`);
        }
      }
      problems.push(...report.problems);
    }
  }
  return { catalogs, problems };
}
