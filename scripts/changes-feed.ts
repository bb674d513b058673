// Writes dist/changes.atom, the Atom feed of "What changed", from the content the site was
// built from. Runs in `npm run build` after the prerender and before the service worker, so
// the feed is precached with the pages.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, formatProblems } from '../src/compiler/compile.ts';
import { loadContentFiles } from '../src/compiler/load.ts';
import { CHANGES_FEED } from '../src/routing/paths.ts';
import { atomFeed } from './atom-feed.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { items, problems } = compile(await loadContentFiles(process.env.CHECKLIST_CONTENT_ROOT ?? root));
if (problems.length > 0) throw new Error(formatProblems(problems));
await writeFile(join(root, 'dist', CHANGES_FEED), atomFeed(items));
console.log(`Wrote dist${CHANGES_FEED}.`);
