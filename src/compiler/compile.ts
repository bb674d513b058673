// Turns the Markdown files in content/ into validated checklist items. Pure: files in,
// items plus every problem found out; no file system, no Vite, no exceptions for bad input.
// Each step lives in its own module: location → frontmatter (with its links, evidence and
// changes, and no typed arrows) → body (menu paths compiled to path nodes) → recovery steps, then the checks across files (item links, ids, link
// numbers, glossary terms, settings entries).
import { MESSENGERS, PLATFORM_IDS } from '../content/messengers.ts';
import type { ChecklistItem, GlossaryTerm } from '../content/schema.ts';
import { countNumberedSteps, readBody } from './body.ts';
import { readFrontmatter, splitFile } from './frontmatter.ts';
import { GLOSSARY_FILE, checkTerms, readGlossary, termsOf, toGlossary, type ParsedGlossary, type TermRef } from './glossary.ts';
import { checkChanges, checkEvidence } from './history.ts';
import { checkNumberCollisions } from './keys.ts';
import { checkItemLinks, checkVendorLinks, type ItemRef } from './links.ts';
import { CONTENT_DIR, readLocation } from './location.ts';
import { checkFrontmatterArrows } from './menu-paths.ts';
import { FILE_START, Reporter, type Position, type Problem } from './problems.ts';
import { checkRecoverySteps } from './recovery-steps.ts';
import { SETTINGS_ENTRY_FILE, checkSettingsEntries, readSettingsEntries, settingsEntryOf, type ParsedSettingsEntries } from './settings-entry.ts';

// Kept for the scripts that import the report's formatting from here (scripts/check-links.ts).
export { formatProblems, type Problem } from './problems.ts';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes: `content/signal/usernames.md`. */
  path: string;
  text: string;
}

export interface CompileResult {
  items: ChecklistItem[];
  /** Every term of content/glossary.md, sorted by its words (empty without the file): for the glossary page. */
  glossary: GlossaryTerm[];
  problems: Problem[];
}

type ParsedItem = Omit<ChecklistItem, 'terms' | 'settingsEntry'> & {
  itemLinks: ItemRef[];
  termLinks: TermRef[];
  recoveryStepsAt: Position[];
  platformsAt: Position[];
};

/**
 * Compiles every file, collects every problem, and returns the items of the files without
 * problems. content/glossary.md and content/settings-entry.md are read like items; the latter
 * is required as soon as any item needs an entry.
 */
export function compile(files: readonly SourceFile[]): CompileResult {
  const problems: Problem[] = [];
  const parsed: ParsedItem[] = [];
  const seen = new Map<string, string>();
  let glossary: ParsedGlossary | undefined;
  let glossaryBroken = false;
  let settings: ParsedSettingsEntries | undefined;
  let settingsBroken = false;

  /** Reads one of the content files that are not items, keeping its problems. */
  const readOwnFile = <T,>(file: SourceFile, read: (text: string, report: Reporter) => T | undefined): T | undefined => {
    const report = new Reporter(file.path);
    const value = read(file.text, report);
    problems.push(...report.problems);
    return value;
  };

  for (const file of files) {
    if (file.path === GLOSSARY_FILE) {
      glossary = readOwnFile(file, readGlossary);
      glossaryBroken = glossary === undefined;
      continue;
    }
    if (file.path === SETTINGS_ENTRY_FILE) {
      settings = readOwnFile(file, readSettingsEntries);
      settingsBroken = settings === undefined;
      continue;
    }
    const result = compileFile(file);
    problems.push(...result.problems);
    if (!result.item) continue;
    const key = `${result.item.messenger}/${result.item.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file: file.path,
        ...FILE_START,
        field: 'id',
        code: 'duplicate-id',
        message: `duplicate item id "${key}", already used by ${first}`,
        hint: 'each file name must be unique within its messenger folder',
      });
      continue;
    }
    seen.set(key, file.path);
    parsed.push(result.item);
  }

  // Links between items can only be checked once every file is known.
  const known = new Set(seen.keys());
  for (const item of parsed) problems.push(...checkItemLinks(item.file, item.itemLinks, known));
  problems.push(...checkNumberCollisions(parsed));
  // A broken glossary is reported on its own, not again at every link to it.
  if (!glossaryBroken) problems.push(...checkTerms(glossary, parsed.flatMap((item) => item.termLinks)));
  // Likewise a broken settings entry file; a missing one is reported at the items that need it.
  if (!settingsBroken) problems.push(...checkSettingsEntries(settings, parsed));

  const failed = new Set(problems.map((p) => p.file));
  const items = parsed
    .filter((item) => !failed.has(item.file))
    .map(({ itemLinks: _links, termLinks, recoveryStepsAt: _at, platformsAt: _platformsAt, ...item }) => ({
      ...item,
      terms: termsOf(glossary, termLinks),
      settingsEntry: settingsEntryOf(settings, item.messenger, item.platforms),
    }))
    .sort(compareItems);
  return { items, glossary: toGlossary(glossary), problems };
}

const MESSENGER_ORDER = Object.keys(MESSENGERS);

function compareItems(a: ChecklistItem, b: ChecklistItem): number {
  return (
    MESSENGER_ORDER.indexOf(a.messenger) - MESSENGER_ORDER.indexOf(b.messenger) ||
    a.order - b.order ||
    a.id.localeCompare(b.id)
  );
}

function compileFile(file: SourceFile): { item?: ParsedItem; problems: Problem[] } {
  const report = new Reporter(file.path);
  const location = readLocation(file.path, report);
  if (!location) return { problems: report.problems };

  const parts = splitFile(file.text, report);
  if (!parts) return { problems: report.problems };

  const fm = readFrontmatter(parts.yaml, parts.firstLine, report);
  const links = fm ? checkVendorLinks(fm.data, fm.at, location.messenger, report) : undefined;
  if (fm && fm.data.messenger !== location.messenger) {
    report.add(
      fm.at(['messenger']),
      'messenger',
      'messenger-mismatch',
      `says "${fm.data.messenger}" but the file is in ${CONTENT_DIR}/${location.messenger}/`,
      'move the file to the right folder or correct the field',
    );
  }
  if (fm) {
    checkFrontmatterArrows(fm.data, fm.at, report);
    checkEvidence(fm.data, fm.at, report);
    checkChanges(fm.data, fm.at, report);
  }
  const platforms = fm?.data.platforms ?? [...PLATFORM_IDS];
  const sections = readBody(parts.body, file.text, file.path, platforms, location.messenger, report);
  const recoveryStepsAt =
    fm && sections ? checkRecoverySteps(fm.data, fm.at, location.id, countNumberedSteps(sections.steps), report) : [];

  if (!fm || !links || !sections || report.count > 0) return { problems: report.problems };
  return {
    item: {
      ...fm.data,
      links,
      id: location.id,
      file: file.path,
      why: sections.why,
      steps: sections.steps,
      caveats: sections.caveats,
      itemLinks: sections.itemLinks,
      termLinks: sections.termLinks,
      recoveryStepsAt,
      platformsAt: fm.data.platforms.map((_, index) => fm.at(['platforms', index])),
    },
    problems: report.problems,
  };
}
