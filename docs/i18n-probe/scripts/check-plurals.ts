// The check none of the libraries' own tools make: every plural in every catalog has every
// category its language needs (CLDR, via Intl.PluralRules in Node), and every message parses.
// Works on ICU JSON catalogs (<locale>.json) and gettext PO catalogs (<locale>.po, msgstr only).
//   node scripts/check-plurals.ts probes/lingui/locales/*.po probes/formatjs/lang/*.json
// Exits 1 on the first problem of each message, listing all of them.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

function poMessages(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const unquote = (block: string) =>
    [...block.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string).join('');
  for (const entry of text.split(/\n\s*\n/)) {
    const id = /^msgid ((?:".*"\n?)+)/m.exec(entry);
    const str = /^msgstr ((?:".*"\n?)+)/m.exec(entry);
    if (id && str && unquote(id[1]!)) out[unquote(id[1]!)] = unquote(str[1]!);
  }
  return out;
}

const problems: string[] = [];
for (const file of process.argv.slice(2)) {
  const locale = basename(file).replace(/\.(po|json)$/, '');
  if (locale === 'pseudo') continue;
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const text = await readFile(file, 'utf8');
  const messages = file.endsWith('.po') ? poMessages(text) : (JSON.parse(text) as Record<string, string>);
  const walk = (key: string, els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.plural && el.pluralType === 'cardinal') {
        const missing = needed.filter((c) => !(c in el.options));
        if (missing.length) problems.push(`${file}: "${key}": {${el.value}, plural} lacks ${missing.join(', ')} (${locale} needs ${needed.join(', ')})`);
      }
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(key, o.value);
      if (el.type === TYPE.tag) walk(key, el.children);
    }
  };
  for (const [key, message] of Object.entries(messages)) {
    if (!message) continue; // untranslated: the missing-translation check reports it
    try {
      // Lingui and IcuTrans number their tags (<0>…</0>), which this ICU parser only accepts as text.
      walk(key, parse(message, { ignoreTag: /<\/?\d+>/.test(message) }));
    } catch (error) {
      problems.push(`${file}: "${key}" does not parse: ${(error as Error).message}`);
    }
  }
}
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
