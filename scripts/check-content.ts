// Compiles content/ and prints every problem, one per line; exits 1 if there is any.
// Run: node scripts/check-content.ts
import { compile } from '../src/compiler/compile.ts';
import { formatProblems } from '../src/compiler/problems.ts';
import { loadContentFiles } from '../src/compiler/load.ts';

const root = new URL('..', import.meta.url).pathname;
const { items, glossary, problems } = compile(await loadContentFiles(root));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Checklist content is valid: ${items.length} items, ${glossary.length} glossary terms.`);
