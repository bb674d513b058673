// Step 1 of an item (and of the glossary): its YAML frontmatter, parsed with `yaml` (a
// LineCounter gives every field, nested ones too, its line and column) and validated
// against a zod schema.
import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { frontmatterSchema, type Frontmatter } from '../content/schema.ts';
import { SOURCE_IDS } from '../content/vocabulary.ts';
import { FILE_START, type Position, type ProblemCode, type Reporter } from './problems.ts';

export type FieldPath = readonly (string | number)[];
/** The position of a frontmatter field (or, with `key`, of its name); the frontmatter's start if absent. */
export type FieldLocator = (path: FieldPath, key?: boolean) => Position;

export interface Parsed<T> {
  data: T;
  at: FieldLocator;
}
export type ParsedFrontmatter = Parsed<Frontmatter>;

/** A Markdown file's YAML frontmatter (and the line its first field is on) and its body; undefined (reported) without one. */
export function splitFile(text: string, report: Reporter): { yaml: string; firstLine: number; body: RootContent[] } | undefined {
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const [first, ...body] = tree.children;
  if (!first || first.type !== 'yaml') {
    report.add(
      FILE_START,
      'frontmatter',
      'missing-frontmatter',
      'the file must start with YAML frontmatter between two --- lines',
      'copy the example in docs/content-style.md',
    );
    return undefined;
  }
  return { yaml: first.value, firstLine: (first.position?.start.line ?? 1) + 1, body };
}

/** `links[0].url` for the path ['links', 0, 'url']. */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key),
    '',
  );
}

const FIELD_HINTS: Partial<Record<keyof Frontmatter, string>> = {
  messenger: 'one of whatsapp, signal, telegram, and the same as the folder',
  priority: 'one of essential, recommended, advanced',
  threats: 'a list such as [account-takeover, device-loss]; see docs/content-style.md',
  platforms: 'a list of android, iphone, desktop',
  sources: `a list of ${SOURCE_IDS.join(', ')}`,
  reviewed: 'the day you checked the steps against the vendor page, e.g. 2026-11-23',
  revision: 'a whole number from 1; bump it when the steps change',
  order: 'a whole number such as 10, 20, 30',
  evidence: 'a list of { fact, source, read, confirmed } entries, optionally platforms and note; see docs/content-style.md',
  changes: 'a list of { date, revision, note } entries, newest first; see docs/content-style.md',
  minutes: 'about how long the steps take: a whole number of minutes from 1 to 60, such as 5',
  recoverySteps: 'one entry per numbered step, in order, such as - { id: check-account, revision: 1 }; see docs/content-style.md',
};

interface SchemaDef {
  type: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
}

/** The field names of the object at `path` (top level or a nested list entry), for the unknown-field hint. */
function knownFields(root: z.core.$ZodType, path: FieldPath): string[] {
  let schema: z.core.$ZodType | undefined = root;
  for (const key of [...path, undefined]) {
    // Step through optional and list wrappers to the object, then into the field.
    let def = schema?._zod.def as SchemaDef | undefined;
    while (def && (def.type === 'optional' || def.type === 'array')) {
      schema = def.innerType ?? def.element;
      def = schema?._zod.def as SchemaDef | undefined;
    }
    if (key === undefined) return def?.shape ? Object.keys(def.shape) : [];
    if (typeof key === 'string') schema = def?.shape?.[key];
  }
  return [];
}

const ISSUE_CODES: Partial<Record<z.core.$ZodIssue['code'], ProblemCode>> = {
  invalid_type: 'wrong-type',
  invalid_value: 'invalid-option',
  too_small: 'out-of-range',
  too_big: 'out-of-range',
  invalid_format: 'invalid-format',
};

/** Parses and validates an item's frontmatter; undefined (with problems reported) if it is not valid. */
export function readFrontmatter(source: string, firstLine: number, report: Reporter): ParsedFrontmatter | undefined {
  return readYaml(frontmatterSchema, FIELD_HINTS, source, firstLine, report);
}

/**
 * A content file that is only frontmatter (content/glossary.md, content/settings-entry.md):
 * reports any text after it (`body` says what to report) and validates the frontmatter.
 */
export function readFrontmatterOnly<T>(
  text: string,
  schema: z.ZodType<T>,
  hints: Readonly<Record<string, string | undefined>>,
  body: { code: ProblemCode; message: string; hint: string },
  report: Reporter,
): Parsed<T> | undefined {
  const parts = splitFile(text, report);
  if (!parts) return undefined;
  const [firstBodyNode] = parts.body;
  if (firstBodyNode) {
    const start = firstBodyNode.position?.start;
    report.add({ line: start?.line ?? 1, column: start?.column ?? 1 }, 'body', body.code, body.message, body.hint);
  }
  return readYaml(schema, hints, parts.yaml, parts.firstLine, report);
}

/** Parses YAML that starts on `firstLine` and validates it against `schema`, reporting each problem at its field. */
export function readYaml<T>(
  schema: z.ZodType<T>,
  hints: Readonly<Record<string, string | undefined>>,
  source: string,
  firstLine: number,
  report: Reporter,
): Parsed<T> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  const frontmatterStart = { line: firstLine - 1, column: 1 };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report.add(
        toPosition(error.pos[0]),
        'frontmatter',
        'invalid-yaml',
        `invalid YAML: ${error.message.split('\n')[0]}`,
        'quote text that contains ": " or starts with a special character',
      );
    }
    return undefined;
  }

  const at: FieldLocator = (path, key = false) => {
    const node = findNode(doc, path, key);
    return node?.range ? toPosition(node.range[0]) : frontmatterStart;
  };

  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, at };

  for (const issue of result.error.issues) reportIssue(issue, schema, hints, doc, at, report);
  return undefined;
}

function reportIssue(
  issue: z.core.$ZodIssue,
  schema: z.core.$ZodType,
  hints: Readonly<Record<string, string | undefined>>,
  doc: Document,
  at: FieldLocator,
  report: Reporter,
): void {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      report.add(at([...path, key], true), fieldName([...path, key]), 'unknown-field', 'unknown field', `known fields are ${knownFields(schema, path).join(', ')}`);
    }
    return;
  }
  // A nested field's own hint (`entries.platform`), else its top-level field's.
  const nested = fieldName(path.filter((key) => typeof key === 'string'));
  const hint = hints[nested] ?? (typeof path[0] === 'string' ? hints[path[0]] : undefined);
  if (path.length > 0 && findNode(doc, path) === undefined) {
    report.add(at(path.slice(0, -1)), fieldName(path), 'missing-field', 'missing required field', hint);
    return;
  }
  if (path.length === 0) {
    report.add(at([]), 'frontmatter', 'frontmatter-not-a-map', 'expected a list of fields such as "title: …"', 'copy the example in docs/content-style.md');
    return;
  }
  const custom = issue.code === 'custom' ? (issue.params?.['code'] as ProblemCode | undefined) : undefined;
  const code = custom ?? ISSUE_CODES[issue.code] ?? 'invalid-value';
  report.add(at(path), fieldName(path), code, issue.message.replace(/^Invalid input: /, ''), hint);
}

/** The YAML node at `path` (or the key node of the last step), if the document has one. */
function findNode(doc: Document, path: FieldPath, key = false): YamlNode | undefined {
  if (path.length === 0) return (doc.contents as YamlNode | null) ?? undefined;
  if (!key) {
    const node = doc.getIn(path, true);
    return isScalar(node) || (node && typeof node === 'object' && 'range' in node) ? (node as YamlNode) : undefined;
  }
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path.at(-1));
  return pair && isScalar(pair.key) ? pair.key : undefined;
}
