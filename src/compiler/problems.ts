// Problems are data: where (file, line, column, field), what (a stable code), and words for
// an author (message, hint). Tests assert on codes and positions; only formatProblem() turns
// them into the one-line text the build prints.

/** Every problem the compiler can report. Stable: tests and tools match on these. */
export const PROBLEM_CODES = [
  // Where the file sits.
  'file-location',
  'unknown-messenger-folder',
  'invalid-item-id',
  // Frontmatter.
  'missing-frontmatter',
  'invalid-yaml',
  'frontmatter-not-a-map',
  'unknown-field',
  'missing-field',
  'wrong-type',
  'invalid-option',
  'out-of-range',
  'invalid-format',
  'duplicate-entry',
  'invalid-value',
  'messenger-mismatch',
  // Evidence and changes.
  'evidence-source',
  'evidence-platforms',
  'changes-revision',
  'changes-order',
  'changes-date-order',
  // Recovery steps.
  'recovery-steps-not-recovery',
  'recovery-steps-count',
  'recovery-steps-missing',
  'duplicate-recovery-step-id',
  'duplicate-recovery-step-was',
  // Vendor links in the frontmatter.
  'link-not-https',
  'link-host',
  'third-party-is-vendor',
  'third-party-mismatch',
  'link-platforms',
  // Body structure.
  'level-1-heading',
  'unknown-section',
  'duplicate-section',
  'section-order',
  'text-before-section',
  'missing-section',
  'empty-section',
  'empty-steps',
  'unknown-platform-heading',
  'platform-not-in-item',
  // Body content.
  'nested-list-depth',
  'raw-html',
  'image',
  'reference-link',
  'heading-not-allowed',
  'unsupported-markdown',
  'body-link-host',
  'body-link-target',
  'broken-item-link',
  // Menu paths: written **A** → **B** in a body, in words in frontmatter.
  'typed-arrow',
  // The glossary.
  'glossary-body',
  'duplicate-term',
  'definition-not-one-sentence',
  'unknown-term',
  'unused-term',
  // How to open Settings (content/settings-entry.md).
  'settings-entry-body',
  'duplicate-settings-entry',
  'settings-how-markdown',
  'settings-how-sentences',
  'missing-settings-entry',
  // Translations (content/<locale>/).
  'translation-orphan',
  'translation-structure',
  'translation-links',
  'translation-label',
  'translation-changes',
  // Interface messages (src/i18n/messages/<locale>.json).
  'message-missing',
  'message-unknown',
  'message-syntax',
  'message-plural',
  'message-arguments',
  // Across files.
  'duplicate-id',
  'number-collision',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Position {
  line: number;
  column: number;
}

export interface Problem extends Position {
  file: string;
  /** The frontmatter field or body part the problem is in, e.g. `links[0].url` or `body`. */
  field: string;
  code: ProblemCode;
  message: string;
  hint?: string;
}

export const FILE_START: Position = { line: 1, column: 1 };

/** Collects the problems of one file, each positioned in that file. */
export class Reporter {
  readonly problems: Problem[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  add(at: Position, field: string, code: ProblemCode, message: string, hint?: string): void {
    this.problems.push({ file: this.file, line: at.line, column: at.column, field, code, message, ...(hint ? { hint } : {}) });
  }

  /** How many problems so far: compare before and after a step to see whether it found any. */
  get count(): number {
    return this.problems.length;
  }
}

/** One problem per line, as `content/signal/x.md:4:3 links[0].url: message (hint: …)`. */
export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? ` (hint: ${problem.hint})` : '';
  return `${problem.file}:${problem.line}:${problem.column} ${problem.field}: ${problem.message}${hint}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Checklist content has ${count}:\n${problems.map(formatProblem).join('\n')}`;
}
