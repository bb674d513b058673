// Writes every probe's catalogs from probes/shared/translations.ts, in each library's own format:
//   none      locales/<lang>.icu        ICU JSON (compiled by the probe's Vite plugin)
//   recommended lang/<lang>.json        ICU JSON, FormatJS "simple" format (same plugin)
//   formatjs  lang/<lang>.json          ICU JSON (`formatjs compile --ast` turns it into AST JSON)
//   i18next   locales/<lang>.json       ICU JSON with numbered tags <0>…</0> (IcuTrans)
//   i18next-native locales/<lang>.json  i18next JSON v4 (key_one / key_few … suffixes, context)
//   mf2       locales/<lang>.json       MessageFormat 2 syntax
//   lingui    locales/<lang>.po         gettext PO, msgid = English ICU with <0> tags
//   node scripts/catalogs.ts [--drop-ar-few]   (the flag removes Arabic `few` to test validation)
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES, MESSAGES, type Key, type Locale } from '../probes/shared/translations.ts';

const root = fileURLToPath(new URL('../probes/', import.meta.url));
const dropArFew = process.argv.includes('--drop-ar-few');

function messages(locale: Locale): Record<Key, string> {
  const m = { ...MESSAGES[locale] };
  if (dropArFew && locale === 'ar') m.steps = m.steps.replace(/ few \{[^}]*\}/, '');
  return m;
}

async function write(file: string, text: string) {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text);
}
const json = (o: unknown) => JSON.stringify(o, null, 2) + '\n';
const numbered = (s: string) => s.replaceAll('<link>', '<0>').replaceAll('</link>', '</0>');

/** ICU (this file's subset) → MessageFormat 2 syntax. */
function toMf2(icu: string): string {
  const esc = (s: string) => s.replace(/[\\{}|]/g, (c) => `\\${c}`);
  const pattern = (els: MessageFormatElement[], pound?: string): string =>
    els
      .map((el) => {
        switch (el.type) {
          case TYPE.literal: return esc(el.value);
          case TYPE.argument: return `{$${el.value}}`;
          case TYPE.pound: return `{$${pound}}`;
          case TYPE.tag: return `{#${el.value}}${pattern(el.children, pound)}{/${el.value}}`;
          default: throw new Error(`nested ${TYPE[el.type]} not supported in probe`);
        }
      })
      .join('');
  const els = parse(icu);
  const top = els.length === 1 ? els[0]! : undefined;
  if (top && (top.type === TYPE.plural || top.type === TYPE.select)) {
    const fn = top.type === TYPE.plural ? ':number' : ':string';
    const variants = Object.entries(top.options).map(
      ([k, o]) => `${k === 'other' ? '*' : k.startsWith('=') ? k.slice(1) : k} {{${pattern(o.value, top.value)}}}`,
    );
    return `.input {$${top.value} ${fn}}\n.match $${top.value}\n${variants.join('\n')}`;
  }
  return pattern(els);
}

/** ICU plural/select → i18next v4 JSON keys (plural suffixes, select as context). */
function toI18next(key: Key, icu: string): Record<string, string> {
  const text = (els: MessageFormatElement[]): string =>
    els
      .map((el) => {
        switch (el.type) {
          case TYPE.literal: return el.value;
          case TYPE.argument: return `{{${el.value}}}`;
          case TYPE.pound: return '{{count, number}}';
          // `<link>` would be read as the void HTML element by react-i18next's parser: number the tag.
          case TYPE.tag: return `<0>${text(el.children)}</0>`;
          default: throw new Error('unsupported');
        }
      })
      .join('');
  const els = parse(icu);
  const top = els[0]!;
  if (els.length === 1 && top.type === TYPE.plural)
    return Object.fromEntries(Object.entries(top.options).map(([k, o]) => [`${key}_${k}`, text(o.value)]));
  if (els.length === 1 && top.type === TYPE.select)
    return Object.fromEntries(
      Object.entries(top.options).map(([k, o]) => [k === 'other' ? key : `${key}_${k}`, text(o.value)]),
    );
  return { [key]: text(els) };
}

function poString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') + '"';
}

for (const locale of LOCALES) {
  const m = messages(locale);
  await write(`none/locales/${locale}.icu`, json(m));
  await write(`formatjs/lang/${locale}.json`, json(m));
  await write(`recommended/lang/${locale}.json`, json(m));
  await write(`i18next/locales/${locale}.json`, json(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, numbered(v)]))));
  await write(
    `i18next-native/locales/${locale}.json`,
    json(Object.assign({}, ...Object.entries(m).map(([k, v]) => toI18next(k as Key, v)))),
  );
  await write(`mf2/locales/${locale}.json`, json(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, toMf2(v)]))));
  const en = MESSAGES.en;
  const po = [
    'msgid ""',
    'msgstr ""',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=utf-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Generator: @lingui/cli\\n"',
    `"Language: ${locale}\\n"`,
    '',
    ...(Object.keys(en) as Key[]).flatMap((k) => [
      `#: app.tsx`,
      `msgid ${poString(numbered(en[k]))}`,
      `msgstr ${poString(locale === 'en' ? numbered(en[k]) : numbered(m[k]))}`,
      '',
    ]),
  ];
  await write(`lingui/locales/${locale}.po`, po.join('\n'));
}
console.log(`catalogs written${dropArFew ? ' (Arabic `few` dropped)' : ''}`);
