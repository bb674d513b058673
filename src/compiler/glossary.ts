// content/glossary.md: the terms items link to as `[IP address](glossary:ip-address)`, each
// defined once in one plain sentence. The file is only YAML frontmatter:
//
//   ---
//   terms:
//     - id: ip-address
//       term: IP address
//       definition: The number that identifies your internet connection and roughly where you are.
//   ---
//
// Every link must name a defined term, and every defined term must be linked from an item.
import type { Glossary, GlossaryTerm } from '../content/schema.ts';
import { glossaryFileSchema } from '../content/schema.ts';
import { readFrontmatterOnly } from './frontmatter.ts';
import { checkFrontmatterArrows } from './menu-paths.ts';
import { CONTENT_DIR } from './location.ts';
import type { Position, Problem, Reporter } from './problems.ts';

export const GLOSSARY_FILE = `${CONTENT_DIR}/glossary.md`;

/** A link in an item's body to a glossary term, kept until the glossary is known. */
export interface TermRef {
  file: string;
  id: string;
  at: Position;
}

/** The parsed glossary: each term with where its id is written (for unused-term problems). */
export type ParsedGlossary = Map<string, Glossary[string] & { at: Position; index: number }>;

const HINTS = { terms: 'a list of { id, term, definition }; see docs/content-style.md' };
const SENTENCE_HINT = 'write one plain sentence that ends with a full stop, without Markdown; say more in the item itself';

/** One sentence: no sentence end before the last character, no Markdown or HTML marks. */
function isOnePlainSentence(text: string): boolean {
  return /[.!?]$/.test(text) && !/[.!?]\s/.test(text) && !/[*_`[\]<>#|]/.test(text);
}

export function readGlossary(text: string, report: Reporter): ParsedGlossary | undefined {
  const before = report.count;
  const parsed = readFrontmatterOnly(
    text,
    glossaryFileSchema,
    HINTS,
    {
      code: 'glossary-body',
      message: 'the glossary has text after its frontmatter',
      hint: 'the glossary is only its frontmatter: put each term under terms, with its definition',
    },
    report,
  );
  if (!parsed) return undefined;
  checkFrontmatterArrows(parsed.data, parsed.at, report);

  const terms: ParsedGlossary = new Map();
  const words = new Map<string, number>();
  parsed.data.terms.forEach(({ id, term, definition }, index) => {
    const at = parsed.at(['terms', index, 'id']);
    const sameWords = words.get(term.toLowerCase());
    if (terms.has(id) || sameWords !== undefined) {
      report.add(
        terms.has(id) ? at : parsed.at(['terms', index, 'term']),
        terms.has(id) ? `terms[${index}].id` : `terms[${index}].term`,
        'duplicate-term',
        terms.has(id) ? `the id "${id}" is defined twice` : `"${term}" is already defined as terms[${sameWords}]`,
        'define each term once, and link to that one entry from every item',
      );
    }
    if (!isOnePlainSentence(definition)) {
      report.add(parsed.at(['terms', index, 'definition']), `terms[${index}].definition`, 'definition-not-one-sentence', 'the definition is not one plain sentence', SENTENCE_HINT);
    }
    words.set(term.toLowerCase(), index);
    if (!terms.has(id)) terms.set(id, { term, definition, at, index });
  });
  return report.count === before ? terms : undefined;
}

/** Links to terms the glossary does not define, and defined terms no item links to. */
export function checkTerms(glossary: ParsedGlossary | undefined, links: readonly TermRef[]): Problem[] {
  const problems: Problem[] = [];
  const defined = glossary ?? new Map();
  for (const link of links) {
    if (defined.has(link.id)) continue;
    problems.push({
      file: link.file,
      ...link.at,
      field: 'body',
      code: 'unknown-term',
      message: `link to the glossary term "${link.id}", which ${GLOSSARY_FILE} does not define`,
      hint: defined.size
        ? `add it to ${GLOSSARY_FILE} or link one of: ${[...defined.keys()].join(', ')}`
        : `add it to ${GLOSSARY_FILE} under terms, with a one-sentence definition`,
    });
  }
  if (!glossary) return problems;
  const used = new Set(links.map((link) => link.id));
  for (const [id, { at, index }] of glossary) {
    if (used.has(id)) continue;
    problems.push({
      file: GLOSSARY_FILE,
      ...at,
      field: `terms[${index}].id`,
      code: 'unused-term',
      message: `no item links to "${id}"`,
      hint: `link it from an item as [words](glossary:${id}), or remove it`,
    });
  }
  return problems;
}

/** The whole glossary for the glossary page: every term, sorted by its words. */
export function toGlossary(glossary: ParsedGlossary | undefined): GlossaryTerm[] {
  return [...(glossary ?? [])]
    .map(([id, { term, definition }]) => ({ id, term, definition }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

/** The entries an item links to, id → term and definition, in the order of first link (unknown ids left out: reported elsewhere). */
export function termsOf(glossary: ParsedGlossary | undefined, links: readonly TermRef[]): Glossary {
  const terms: Glossary = {};
  for (const { id } of links) {
    const entry = glossary?.get(id);
    if (entry && !Object.hasOwn(terms, id)) terms[id] = { term: entry.term, definition: entry.definition };
  }
  return terms;
}
