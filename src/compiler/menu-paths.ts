// Menu paths are data, not typed arrows: in a body, a run of bold labels joined by "→"
// (`**Settings** → **Privacy**`) becomes one `path` node, which the app draws with a separator
// that follows the text direction. Any other "→" is refused, in the body at its own line and
// column and in frontmatter (plain text, also used in feeds) at its field.
import type { PhrasingContent, Strong, Text } from 'mdast';
import { fieldName, type FieldLocator, type FieldPath } from './frontmatter.ts';
import type { Position, Reporter } from './problems.ts';

export const ARROW = '→';
export const BODY_ARROW_HINT = 'write a menu path as **A** → **B**: every label in bold, one "→" between two labels';
const FRONTMATTER_ARROW_HINT = 'frontmatter is plain text: say a menu path in words ("Settings, then Privacy") or put it in the steps as **A** → **B**';

/**
 * Text between two labels of a path: the arrow with spaces around it, after an optional
 * plain note on the label before it, as in `**⋮** (More options) → **Linked devices**`.
 */
const SEPARATOR = /^(\s\([^()→]+\))?\s+→\s+$/;

export interface PathMatch {
  /** Each label's mdast nodes: the bold label, and the note in brackets after it if any. */
  segments: PhrasingContent[][];
  /** How many nodes of the run the path takes, from its first label. */
  length: number;
}

/** The menu path that starts at `nodes[start]`, if a bold label there begins one of two or more labels. */
export function matchPath(nodes: readonly PhrasingContent[], start: number): PathMatch | undefined {
  const first = nodes[start];
  if (first?.type !== 'strong') return undefined;
  const segments: PhrasingContent[][] = [[first]];
  let next = start + 1;
  for (;;) {
    const between = nodes[next];
    const label = nodes[next + 1];
    if (between?.type !== 'text' || label?.type !== 'strong') break;
    const separator = SEPARATOR.exec(between.value);
    if (!separator) break;
    if (separator[1]) segments.at(-1)!.push({ type: 'text', value: separator[1] } satisfies Text);
    segments.push([label satisfies Strong]);
    next += 2;
  }
  return segments.length >= 2 ? { segments, length: next - start } : undefined;
}

/**
 * Where each "→" of a text or code node sits in the file. The value may differ from the
 * source (escapes, line breaks inside a list item), so the arrows are found in the source
 * span of the node; without one, the node's start.
 */
export function arrowPositions(
  node: { value: string; position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } } },
  source: string,
): Position[] {
  const count = node.value.split(ARROW).length - 1;
  const start = node.position?.start;
  if (count === 0) return [];
  if (!start || start.offset === undefined || node.position?.end.offset === undefined) {
    return Array.from({ length: count }, () => ({ line: start?.line ?? 1, column: start?.column ?? 1 }));
  }
  const positions: Position[] = [];
  for (let offset = source.indexOf(ARROW, start.offset); offset >= 0 && offset < node.position.end.offset; offset = source.indexOf(ARROW, offset + 1)) {
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    const lines = source.slice(start.offset, offset).split('\n').length - 1;
    positions.push({ line: start.line + lines, column: offset - lineStart + 1 });
  }
  return positions.length ? positions : [{ line: start.line, column: start.column }];
}

export function reportBodyArrows(node: Parameters<typeof arrowPositions>[0], source: string, report: Reporter): void {
  for (const at of arrowPositions(node, source)) {
    report.add(at, 'body', 'typed-arrow', 'a typed "→" outside a menu path', BODY_ARROW_HINT);
  }
}

/** Reports every frontmatter string (nested ones too) that contains a typed "→", at its field. */
export function checkFrontmatterArrows(value: unknown, at: FieldLocator, report: Reporter, path: FieldPath = []): void {
  if (typeof value === 'string') {
    if (value.includes(ARROW)) {
      report.add(at(path), fieldName(path) || 'frontmatter', 'typed-arrow', 'a typed "→" in frontmatter text', FRONTMATTER_ARROW_HINT);
    }
  } else if (Array.isArray(value)) {
    value.forEach((entry, index) => checkFrontmatterArrows(entry, at, report, [...path, index]));
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) checkFrontmatterArrows(entry, at, report, [...path, key]);
  }
}
