// The item's record of how its steps were checked (`evidence`) and how they changed
// (`changes`): checks the schema alone cannot make, each positioned at the field.
import type { Frontmatter } from '../content/schema.ts';
import { fieldName, type FieldLocator, type FieldPath } from './frontmatter.ts';
import { parseHttpsUrl } from './links.ts';
import type { Reporter } from './problems.ts';

/** `owner/repo: path …`, for a fact read in an app's open-source code. */
const REPOSITORY_SOURCE = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+: \S/;

/** Reports an evidence `source` at `path` that is neither an https URL nor `owner/repo: path`. */
export function checkEvidenceSource(source: string, path: FieldPath, at: FieldLocator, report: Reporter): void {
  if (parseHttpsUrl(source) || REPOSITORY_SOURCE.test(source)) return;
  report.add(
    at(path),
    fieldName(path),
    'evidence-source',
    `"${source}" is neither an https URL nor a repository and file`,
    "write the page's address (https://…) or, for an app's open-source code, the repository, a colon and the file: signalapp/Signal-Android: app/src/main/res/values/strings.xml",
  );
}

export function checkEvidence(data: Frontmatter, at: FieldLocator, report: Reporter): void {
  (data.evidence ?? []).forEach((entry, index) => {
    checkEvidenceSource(entry.source, ['evidence', index, 'source'], at, report);
    const outside = (entry.platforms ?? []).filter((p) => !data.platforms.includes(p));
    if (outside.length > 0) {
      report.add(
        at(['evidence', index, 'platforms']),
        `evidence[${index}].platforms`,
        'evidence-platforms',
        `${outside.join(', ')} is not one of the item's platforms (${data.platforms.join(', ')})`,
        `use only ${data.platforms.join(', ')}, or leave platforms out when the fact holds for all of them`,
      );
    }
  });
}

export function checkChanges(data: Frontmatter, at: FieldLocator, report: Reporter): void {
  const changes = data.changes ?? [];
  const [newest] = changes;
  if (newest && newest.revision !== data.revision) {
    report.add(
      at(['changes', 0, 'revision']),
      'changes[0].revision',
      'changes-revision',
      `the newest change is revision ${newest.revision}, but the item is revision ${data.revision}`,
      `list the newest change first, with revision: ${data.revision} (when you bump revision, add its change at the top)`,
    );
  }
  changes.forEach((change, index) => {
    const newer = changes[index - 1];
    if (!newer) return;
    if (change.revision >= newer.revision) {
      report.add(
        at(['changes', index, 'revision']),
        `changes[${index}].revision`,
        'changes-order',
        `revision ${change.revision} comes after revision ${newer.revision}`,
        'list changes newest first: each revision lower than the one above it, none twice',
      );
    }
    if (change.date > newer.date) {
      report.add(
        at(['changes', index, 'date']),
        `changes[${index}].date`,
        'changes-date-order',
        `${change.date} is later than ${newer.date} above it`,
        'list changes newest first: each date on or before the date above it',
      );
    }
  });
}
