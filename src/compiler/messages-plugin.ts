// Thin Vite wiring for compileMessages(): serves each language's interface messages as two
// virtual modules (what the first page needs, and the rest), fails the build on any problem
// with file:line:column, and reloads the page in dev when a message file changes.
//
//   virtual:messages                  loadMessages(locale, part), loadOfferMessages(): the loaders, nothing else
//   virtual:messages/<locale>/<part>  one language's compiled messages of one part (shell, app)
//   virtual:messages/offer            the offer of a language, in every language (about 1 KB)
//   virtual:messages/page             every language's prerender-only messages
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS } from '../content/messengers.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { prepareSource, preparedLists } from './prepared-text.ts';
import { MESSAGES_DIR, MESSAGE_PARTS, compileMessages, messagesFile, type Catalogs, type MessageFile } from './messages.ts';
import { formatProblems } from './problems.ts';

const PUBLIC_ID = 'virtual:messages';
/**
 * What the browser loads per language; `offer` messages come for every language at once
 * (`virtual:messages/offer`), `page` messages are for the prerender only (`virtual:messages/page`).
 */
const CLIENT_PARTS = ['shell', 'app'] as const satisfies readonly (typeof MESSAGE_PARTS)[number][];
const ALL_LANGUAGE_PARTS = ['offer', 'page'] as const satisfies readonly (typeof MESSAGE_PARTS)[number][];
const PREFIX = '\0';

/** Every src/i18n/messages/<locale>/<area>.json of the languages the app speaks. */
export async function loadMessageFiles(root: string): Promise<MessageFile[]> {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const names = await readdir(join(root, MESSAGES_DIR, locale)).catch(() => [] as string[]);
      return Promise.all(
        names
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map(async (name) => {
            const area = name.slice(0, -'.json'.length);
            const path = messagesFile(locale, area);
            return { locale, area, path, text: await readFile(join(root, path), 'utf8') };
          }),
      );
    }),
  );
  return perLocale.flat();
}

function loaderModule(): string {
  const entries = LOCALES.flatMap((locale) =>
    CLIENT_PARTS.map((part) => `${JSON.stringify(`${locale}/${part}`)}: () => import(${JSON.stringify(`${PUBLIC_ID}/${locale}/${part}`)})`),
  );
  return [
    `const parts = {${entries.join(',')}};`,
    `export const loadMessages = (locale, part) => parts[locale + '/' + part]().then((module) => module.messages);`,
    `export const loadOfferMessages = () => import(${JSON.stringify(`${PUBLIC_ID}/offer`)}).then((module) => module.messages);`,
  ].join('\n');
}

/**
 * In a production build, message keys are written as short ids in both the code and the
 * catalogs ('shell.home.lead' → '3f'): a key is read by people, not by the browser, and
 * the long keys cost about 1 KB on the first route. Ids follow the English keys' sorted order,
 * so the client and the prerender build agree.
 */
function shortIds(catalogs: Catalogs): Map<string, string> {
  const keys = MESSAGE_PARTS.flatMap((part) => Object.keys(catalogs.en[part])).sort();
  return new Map(keys.map((key, index) => [key, index.toString(36)]));
}

function renameKeys(messages: Record<string, unknown>, ids: Map<string, string> | undefined): Record<string, unknown> {
  return ids ? Object.fromEntries(Object.entries(messages).map(([key, value]) => [ids.get(key) ?? key, value])) : messages;
}

/**
 * Lists of platform names and of messenger names, formatted in the language (prepared-text.ts):
 * item pages and workshop plans name them together ("Android and iPhone").
 */
function preparedNameLists(catalogs: Catalogs, locale: Locale): Record<string, string> {
  const platforms = PLATFORM_IDS.map((id) => {
    const nodes = catalogs[locale].app[`list.platform.${id}`];
    if (!nodes?.every((node) => typeof node === 'string')) throw new Error(`list.platform.${id} (${locale}) must be plain text`);
    return nodes.join('');
  });
  return { ...preparedLists(platforms, locale), ...preparedLists(MESSENGER_IDS.map((id) => MESSENGERS[id].name), locale) };
}

const KEY_LITERAL = /(['"])((?:shell|list|item|workshop|progress|pages|page|offer)\.[A-Za-z0-9_.-]+)\1/g;

export function messagesPlugin(): Plugin {
  let root = process.cwd();
  let compiled: Promise<Catalogs> | undefined;
  let minify = false;
  let ids: Map<string, string> | undefined;
  const load = async (watch: (file: string) => void): Promise<Catalogs> => {
    const files = await loadMessageFiles(root);
    for (const file of files) watch(join(root, file.path));
    const { catalogs, problems } = compileMessages(files);
    if (problems.length > 0) throw new Error(formatProblems(problems).replace('Checklist content', 'Interface messages'));
    return catalogs;
  };
  /** The catalogs, compiled once per build (again after a failure), and in a production build their short ids. */
  const compiledOnce = async (watch: (file: string) => void): Promise<{ catalogs: Catalogs; ids: Map<string, string> | undefined }> => {
    compiled ??= load(watch);
    const catalogs = await compiled.catch((error: unknown) => {
      compiled = undefined;
      throw error;
    });
    if (minify) ids ??= shortIds(catalogs);
    return { catalogs, ids: minify ? ids : undefined };
  };
  return {
    name: 'interface-messages',
    configResolved(config) {
      root = config.root;
      minify = config.command === 'build' && config.mode === 'production';
    },
    configureServer(server) {
      const dir = resolve(root, MESSAGES_DIR);
      server.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir)) return;
        compiled = undefined;
        ids = undefined;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith(`${PREFIX}${PUBLIC_ID}`)) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange).on('add', onChange);
    },
    buildStart() {
      compiled = undefined;
      ids = undefined;
    },
    resolveId(id) {
      return id === PUBLIC_ID || id.startsWith(`${PUBLIC_ID}/`) ? `${PREFIX}${id}` : undefined;
    },
    async transform(code, id) {
      if (!minify || !/[\\/]src[\\/].*\.tsx?$/.test(id) || id.includes('node_modules')) return null;
      const known = (await compiledOnce((file) => this.addWatchFile(file))).ids;
      if (!known) return null;
      let changed = false;
      const out = code.replace(KEY_LITERAL, (literal, quote: string, key: string) => {
        const short = known.get(key);
        if (!short) return literal;
        changed = true;
        return `${quote}${short}${quote}`;
      });
      return changed ? { code: out, map: null } : null;
    },
    async load(id) {
      if (!id.startsWith(`${PREFIX}${PUBLIC_ID}`)) return undefined;
      const path = id.slice(PREFIX.length + PUBLIC_ID.length);
      if (path === '') return loaderModule();
      const { catalogs, ids } = await compiledOnce((file) => this.addWatchFile(file));
      const allLanguages = ALL_LANGUAGE_PARTS.find((part) => path === `/${part}`);
      if (allLanguages) {
        const all = Object.fromEntries(LOCALES.map((locale) => [locale, renameKeys(catalogs[locale][allLanguages], ids)]));
        return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(all))});`;
      }
      const [, locale, part] = path.split('/') as [string, keyof Catalogs, 'shell' | 'app'];
      const messages = catalogs[locale]?.[part];
      if (!messages) throw new Error(`Unknown messages module ${id}`);
      const json = JSON.stringify(renameKeys(messages, ids));
      // The first page's few messages as an object literal (fewer bytes: no escaped quotes); the
      // rest through JSON.parse, which a browser reads faster than a large literal.
      if (part === 'shell') return `export const messages = ${json};`;
      return [...prepareSource(preparedNameLists(catalogs, locale as Locale)), `export const messages = JSON.parse(${JSON.stringify(json)});`].join('\n');
    },
  };
}
