// Formats interface messages that the build already compiled from ICU MessageFormat
// (src/compiler/messages.ts), so no parser ships to the browser. Plural forms come from
// Intl.PluralRules and numbers in the page's digits (Intl.NumberFormat for large or fractional
// ones), both in the page's language.
//   string                      literal text
//   0                           `#` inside a plural: the number, formatted
//   [name]                      an argument
//   [name, 1, {cat: Node[]}]    plural (keys: CLDR categories or "=N")
//   [name, 2, {key: Node[]}]    select
//   [name, 3, Node[]]           tag <name>…</name>: values[name] renders the inner parts
export type MessageNode = string | 0 | [string] | [string, 1 | 2, Record<string, MessageNode[]>] | [string, 3, MessageNode[]];
/** A message, compiled: its nodes. */
export type CompiledMessage = readonly MessageNode[];
export type CompiledMessages = Readonly<Record<string, CompiledMessage>>;

import { LOCALE_INFO, isLocale } from './locales.ts';

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make()));
  return value;
}

/**
 * A number as the language writes it. Whole numbers under 1,000 (every count and duration the
 * app shows) are written with the language's digits: no grouping to apply, and no
 * Intl.NumberFormat, whose first use sets up the browser's number data on the main thread
 * (40–90 ms on a fast machine, four times that on a slow phone) while the page hydrates.
 */
export function formatNumber(value: number, locale: string, minimumDigits = 1): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000 && isLocale(locale)) {
    const digits = LOCALE_INFO[locale].digits;
    return String(value)
      .padStart(minimumDigits, '0')
      .replace(/\d/g, (digit) => digits[Number(digit)]!);
  }
  return cached(numbers, `${locale}/${minimumDigits}`, () => new Intl.NumberFormat(locale, { minimumIntegerDigits: minimumDigits })).format(value);
}

function pluralRules(locale: string): Intl.PluralRules {
  return cached(rules, locale, () => new Intl.PluralRules(locale));
}

/**
 * Sets up the language's plural rules ahead of the first message that needs them. Their first
 * use sets up the browser's plural data (2-9 ms observed here, four times that on a slow phone):
 * called in a task of its own, that time is not added to a slice of hydration.
 */
export function preparePluralRules(locale: string): void {
  pluralRules(locale);
}

/** The parts of a message: strings, and whatever the values (or a tag's function) returned. */
export function formatMessage(nodes: readonly MessageNode[], values: Readonly<Record<string, unknown>>, locale: string, count = 0): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') out.push(node);
    else if (node === 0) out.push(formatNumber(count, locale));
    else {
      const value = values[node[0]];
      if (node.length === 1) out.push(typeof value === 'number' ? formatNumber(value, locale) : value);
      else if (node[1] === 3) out.push((value as (parts: unknown[]) => unknown)(formatMessage(node[2], values, locale, count)));
      else if (node[1] === 2) out.push(...formatMessage(node[2][String(value)] ?? node[2].other ?? [], values, locale, count));
      else {
        const n = Number(value);
        const cases = node[2];
        const form = cases[`=${n}`] ?? cases[pluralRules(locale).select(n)] ?? cases.other ?? [];
        out.push(...formatMessage(form, values, locale, n));
      }
    }
  }
  return out;
}
