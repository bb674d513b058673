// Compiles the interface messages of every language (src/i18n/messages/<locale>/<area>.json)
// and prints every problem with file:line:column; exits 1 if there is any.
// Run: node scripts/check-messages.ts
import { compileMessages } from '../src/compiler/messages.ts';
import { loadMessageFiles } from '../src/compiler/messages-plugin.ts';
import { formatProblems } from '../src/compiler/problems.ts';

const root = new URL('..', import.meta.url).pathname;
const files = await loadMessageFiles(root);
const { catalogs, problems } = compileMessages(files);
if (problems.length > 0) {
  console.error(formatProblems(problems).replace('Checklist content', 'Interface messages'));
  process.exit(1);
}
const count = Object.values(catalogs.en).reduce((sum, part) => sum + Object.keys(part).length, 0);
console.log(`Interface messages are valid: ${count} messages in ${Object.keys(catalogs).length} languages.`);
