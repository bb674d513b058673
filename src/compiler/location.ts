// Step 0 of an item: where its file sits says which messenger it belongs to and its id.
import { MESSENGERS, isMessengerId, type MessengerId } from '../content/messengers.ts';
import { ITEM_ID_PATTERN } from '../content/vocabulary.ts';
import { FILE_START, type Reporter } from './problems.ts';

export const CONTENT_DIR = 'content';

/** `content/<messenger>/<id>.md` → its parts; undefined (reported) for any other path. */
export function readLocation(path: string, report: Reporter): { messenger: MessengerId; id: string } | undefined {
  const parts = path.split('/');
  if (parts.length !== 3 || parts[0] !== CONTENT_DIR || !parts[2]!.endsWith('.md')) {
    report.add(FILE_START, 'file', 'file-location', `an item must sit at ${CONTENT_DIR}/<messenger>/<item-id>.md`, "move the file into its messenger's folder");
    return undefined;
  }
  const [, folder, name] = parts as [string, string, string];
  if (!isMessengerId(folder)) {
    report.add(FILE_START, 'file', 'unknown-messenger-folder', `unknown messenger folder "${folder}"`, `use one of ${Object.keys(MESSENGERS).join(', ')}`);
    return undefined;
  }
  const id = name.slice(0, -'.md'.length);
  if (!ITEM_ID_PATTERN.test(id)) {
    report.add(
      FILE_START,
      'file',
      'invalid-item-id',
      `the file name "${name}" is not a valid item id`,
      'ids are kebab-case: lowercase letters, digits and single hyphens, like two-step-verification.md',
    );
    return undefined;
  }
  return { messenger: folder, id };
}
