// Build-time half of the "no library" baseline: a Vite plugin that turns locales/<lang>.icu
// (JSON of ICU strings) into the compact arrays fmt.ts formats, and fails the build when a
// message does not parse or a plural lacks a category the language needs (Intl.PluralRules
// in Node knows them: ar needs zero, one, two, few, many, other). The ICU parser runs here only.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import type { Node } from './fmt.ts';

export function compileMessage(message: string | MessageFormatElement[], locale: string, where: string): Node[] {
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const walk = (elements: MessageFormatElement[]): Node[] =>
    elements.map((el): Node => {
      switch (el.type) {
        case TYPE.literal:
          return el.value;
        case TYPE.pound:
          return 0;
        case TYPE.argument:
          return [el.value];
        case TYPE.plural: {
          if (el.pluralType === 'ordinal') throw new Error(`${where}: selectordinal is not supported`);
          if (el.offset) throw new Error(`${where}: plural offset is not supported`);
          const missing = needed.filter((c) => !(c in el.options));
          if (missing.length) throw new Error(`${where}: plural {${el.value}} lacks ${missing.join(', ')} for ${locale}`);
          return [el.value, 1, Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, walk(o.value)]))];
        }
        case TYPE.select:
          return [el.value, 2, Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, walk(o.value)]))];
        case TYPE.tag:
          return [el.value, 3, walk(el.children)];
        default:
          throw new Error(`${where}: ${TYPE[el.type]} arguments are not supported; format with Intl and pass a string`);
      }
    });
  // A catalog may hold ICU strings or FormatJS AST (`formatjs compile --ast`, e.g. a pseudo-locale).
  return walk(typeof message === 'string' ? parse(message) : message);
}

/**
 * The same compiler for catalogs that stay `.json` for translators: `import('./lang/xx.json')`
 * resolves to a virtual module (its id ends in `.icu.js`, so Vite's JSON plugin leaves it alone).
 */
export function icuJsonCatalogs(dir: RegExp): Plugin {
  const PREFIX = '\0icu:';
  return {
    name: 'icu-json-catalogs',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || !dir.test(resolved.id)) return null;
      return `${PREFIX}${resolved.id}.icu.js`;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.icu.js'.length);
      this.addWatchFile(file);
      const locale = /([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.json$/.exec(file)![1]!;
      const { readFile } = await import('node:fs/promises');
      const source = JSON.parse(await readFile(file, 'utf8')) as Record<string, string | MessageFormatElement[] | { defaultMessage: string }>;
      const compiled: Record<string, Node[]> = {};
      for (const [key, entry] of Object.entries(source)) {
        const message = typeof entry === 'string' || Array.isArray(entry) ? entry : entry.defaultMessage;
        try {
          compiled[key] = compileMessage(message, locale, `${file} ${key}`);
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}

export function icuMessages(): Plugin {
  return {
    name: 'icu-messages',
    transform(code, id) {
      const match = /\/([a-z-]+)\.icu$/i.exec(id);
      if (!match) return null;
      const locale = match[1]!;
      const source = JSON.parse(code) as Record<string, string>;
      const compiled: Record<string, Node[]> = {};
      for (const [key, message] of Object.entries(source)) {
        try {
          compiled[key] = compileMessage(message, locale, `${id} ${key}`);
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      }
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`, map: null };
    },
  };
}
