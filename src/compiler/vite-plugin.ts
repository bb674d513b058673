// Thin Vite wiring for compile(): serves the checklist as virtual modules, fails the build on
// any content problem (every problem listed with file:line:column), and reloads the page in
// dev when a content file changes.
//
//   virtual:checklist                      the index of all items, loaders for the rest
//   virtual:checklist/messenger/<m>        one messenger's items without bodies
//   virtual:checklist/item/<m>/<id>        one item in full, with the glossary entries it links
//   virtual:checklist/changes              every item's changes, newest first ("What changed")
//   virtual:checklist/glossary             the whole glossary, for the glossary page
//   virtual:checklist/locale/<locale>      one language's loaders (entries, rows, items; English too)
//   virtual:checklist/<locale>/…           the modules above in that language (content/<locale>/ over the English)
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { MESSENGER_IDS } from '../content/messengers.ts';
import { toCountEntry, toIndexEntry, toSummary, type ChecklistItem } from '../content/schema.ts';
import { changeLog } from './change-log.ts';
import {
  data,
  moduleSource,
  type ChangesModule,
  type ChecklistModule,
  type EntriesModule,
  type GlossaryModule,
  type ItemModule,
  type MessengerModule,
} from './checklist-module.ts';
import { compile, type CompileResult } from './compile.ts';
import { datesIn, prepareSource, preparedDates } from './prepared-text.ts';
import { CONTENT_DIR } from './location.ts';
import { formatProblems, type Problem } from './problems.ts';
import { loadContentFiles, loadTranslationFiles } from './load.ts';
import { compileTranslations, translationReport, type LocaleContent } from './translations.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../i18n/locales.ts';

const PUBLIC_ID = 'virtual:checklist';
const PREFIX = '\0';

export class ContentError extends Error {
  override name = 'ContentError';
  /** The problems as data; the message is their formatted report. */
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }
}

function contentError(root: string, problems: Problem[]): ContentError {
  const [first] = problems;
  // Vite's overlay shows `loc` as a clickable file:line:column.
  return Object.assign(new ContentError(problems), {
    id: join(root, first!.file),
    loc: { file: join(root, first!.file), line: first!.line, column: first!.column },
  });
}

type Content = Pick<CompileResult, 'items' | 'glossary'> & { locales?: Partial<Record<Locale, LocaleContent>> };

// The first route's module: per item only what counts need, and the loaders of each language's
// modules, which sit in a module of their own per language (so a page carries one language's
// loaders, after the first paint, and the first route none).
function indexModule({ items }: Content): string {
  const index: ChecklistModule['index'] = items.map(toCountEntry);
  const locales = LOCALES.map((locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(`${PUBLIC_ID}/locale/${locale}`)})`);
  return moduleSource<ChecklistModule>(
    {
      index: data(index),
      loadEntries: '(locale) => inLocale(locale).then((module) => module.loadEntries())',
      loadMessenger: '(messenger, locale) => inLocale(locale).then((module) => module.loadMessenger(messenger))',
      loadItem: '(messenger, id, locale) => inLocale(locale).then((module) => module.loadItem(messenger, id))',
    },
    [
      `const locales = {${locales.join(',')}};`,
      `const inLocale = (locale) => (locales[locale] ?? locales[${JSON.stringify(DEFAULT_LOCALE)}])();`,
    ],
  );
}

/**
 * `virtual:checklist/locale/<locale>`: the loaders of one language's modules, each item's body
 * found by its position in the index (so item keys are not written twice).
 */
function localeLoaders(locale: Locale, { items }: Content): string {
  const base = locale === DEFAULT_LOCALE ? PUBLIC_ID : `${PUBLIC_ID}/${locale}`;
  const messengers = MESSENGER_IDS.map((m) => `${JSON.stringify(m)}: () => import(${JSON.stringify(`${base}/messenger/${m}`)})`);
  const bodies = items.map((item) => `() => import(${JSON.stringify(`${base}/item/${item.messenger}/${item.id}`)})`);
  return [
    `import { index } from ${JSON.stringify(PUBLIC_ID)};`,
    `const messengers = {${messengers.join(',')}};`,
    `const items = [${bodies.join(',')}];`,
    `export const loadEntries = () => import(${JSON.stringify(`${base}/entries`)}).then((module) => module.entries);`,
    'export const loadMessenger = (messenger) => messengers[messenger]().then((module) => module.items);',
    'export const loadItem = async (messenger, id) => { const at = index.findIndex((item) => item.messenger === messenger && item.id === id); return at < 0 ? undefined : (await items[at]()).item; };',
  ].join('\n');
}

function entriesModule({ items }: Content): string {
  return moduleSource<EntriesModule>({ entries: data<EntriesModule['entries']>(items.map(toIndexEntry)) });
}

function messengerModule(items: readonly ChecklistItem[], messenger: string | undefined): string {
  const rows: MessengerModule['items'] = items.filter((item) => item.messenger === messenger).map(toSummary);
  return moduleSource<MessengerModule>({ items: data(rows) });
}

// Item and change-log modules carry their dates formatted in their language (prepared-text.ts),
// and an item's terms come sorted as that language sorts words: the browser's first
// Intl.Collator would cost a slow phone about 100 ms while the page hydrates.
function itemModule(item: ChecklistItem, locale: Locale): string {
  const terms = Object.fromEntries(Object.entries(item.terms).sort(([, a], [, b]) => a.term.localeCompare(b.term, locale)));
  return moduleSource<ItemModule>({ item: data({ ...item, terms }) }, prepareSource(preparedDates(datesIn(item), locale)));
}

function changesModule(items: readonly ChecklistItem[], locale: Locale): string {
  const changes: ChangesModule['changes'] = changeLog(items);
  return moduleSource<ChangesModule>({ changes: data(changes) }, prepareSource(preparedDates(datesIn(changes), locale)));
}

function glossaryModule({ glossary }: Content): string {
  return moduleSource<GlossaryModule>({ glossary: data<GlossaryModule['glossary']>(glossary) });
}

export function checklistPlugin({ contentRoot }: { contentRoot?: string } = {}): Plugin {
  let root = process.cwd();
  let compiled: Promise<Content> | undefined;
  let reported = false;
  let log = (message: string) => console.log(message);

  const load = async (watch: (file: string) => void): Promise<Content> => {
    const base = contentRoot ?? root;
    const files = await loadContentFiles(base);
    for (const file of files) watch(join(base, file.path));
    const { items, glossary, problems } = compile(files);
    if (problems.length > 0) throw contentError(base, problems);
    const translationFiles = await loadTranslationFiles(base);
    for (const file of translationFiles) watch(join(base, file.path));
    const translated = compileTranslations(items, glossary, translationFiles);
    if (translated.problems.length > 0) throw contentError(base, translated.problems);
    if (!reported) {
      reported = true;
      log(translationReport(translated.locales));
    }
    return { items, glossary, locales: translated.locales };
  };

  return {
    name: 'checklist-content',
    configResolved(config) {
      root = config.root;
      log = (message) => (config.logger ? config.logger.info(`Translations:\n${message}`) : console.log(message));
    },
    configureServer(server) {
      const contentDir = resolve(contentRoot ?? root, CONTENT_DIR);
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!file.startsWith(contentDir) || !(file.endsWith('.md') || file.endsWith('.yaml'))) return;
        compiled = undefined;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith(`${PREFIX}${PUBLIC_ID}`)) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
    buildStart() {
      compiled = undefined;
      reported = false;
    },
    resolveId(id) {
      return id === PUBLIC_ID || id.startsWith(`${PUBLIC_ID}/`) ? `${PREFIX}${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`${PREFIX}${PUBLIC_ID}`)) return undefined;
      compiled ??= load((file) => this.addWatchFile(file));
      const promise = compiled;
      let content: Content;
      try {
        content = await promise;
      } catch (error) {
        if (compiled === promise) compiled = undefined;
        throw error;
      }
      let path = id.slice(PREFIX.length + PUBLIC_ID.length);
      if (path === '') return indexModule(content);
      const [, first, second] = path.split('/');
      if (first === 'locale' && isLocale(second) && (second === DEFAULT_LOCALE || content.locales?.[second])) return localeLoaders(second, content);
      let locale: Locale = DEFAULT_LOCALE;
      if (isLocale(first) && first !== DEFAULT_LOCALE) {
        locale = first;
        // The same modules in another language: its items and glossary instead of the English ones.
        const own = content.locales?.[first];
        if (!own) throw new Error(`Unknown checklist module ${id}`);
        content = { items: own.items, glossary: own.glossary };
        path = path.slice(first.length + 1);
      }
      if (path === '/glossary') return glossaryModule(content);
      if (path === '/entries') return entriesModule(content);
      const { items } = content;
      if (path === '/changes') return changesModule(items, locale);
      const [, kind, messenger, itemId] = path.split('/');
      if (kind === 'messenger') return messengerModule(items, messenger);
      const item = items.find((candidate) => candidate.messenger === messenger && candidate.id === itemId);
      if (kind === 'item' && item) return itemModule(item, locale);
      throw new Error(`Unknown checklist module ${id}`);
    },
  };
}
