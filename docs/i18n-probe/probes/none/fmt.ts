// Runtime of the "no library" baseline: formats messages that the build already compiled
// (none/compile.ts) into nested arrays, so no parser ships. Plural categories come from
// Intl.PluralRules, numbers from Intl.NumberFormat.
//   string                      literal text
//   0                           `#` inside a plural
//   [name]                      an argument
//   [name, 1, {cat: Node[]}]    plural (keys: CLDR categories or "=N")
//   [name, 2, {key: Node[]}]    select
//   [name, 3, Node[]]           tag <name>…</name>: values[name] renders the inner parts
export type Node =
  | string
  | 0
  | [string]
  | [string, 1 | 2, Record<string, Node[]>]
  | [string, 3, Node[]];
export type Messages = Record<string, Node[]>;

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

export function format(nodes: Node[], values: Record<string, unknown>, locale: string, n = 0): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') out.push(node);
    else if (node === 0) {
      let nf = numbers.get(locale);
      if (!nf) numbers.set(locale, (nf = new Intl.NumberFormat(locale)));
      out.push(nf.format(n));
    } else {
      const value = values[node[0]];
      if (node.length === 1) out.push(value);
      else if (node[1] === 3) out.push((value as (parts: unknown[]) => unknown)(format(node[2], values, locale, n)));
      else if (node[1] === 2) out.push(...format(node[2][String(value)] ?? node[2].other!, values, locale, n));
      else {
        let pr = rules.get(locale);
        if (!pr) rules.set(locale, (pr = new Intl.PluralRules(locale)));
        const cases = node[2];
        const count = Number(value);
        out.push(...format(cases[`=${count}`] ?? cases[pr.select(count)] ?? cases.other!, values, locale, count));
      }
    }
  }
  return out;
}
