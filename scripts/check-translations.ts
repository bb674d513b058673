// Compiles the translations in content/<locale>/ over the English content and prints every
// problem (file:line:column), then which translations are stale (the English item is newer)
// and which are missing (the page shows English). Exits 1 on a problem, not on stale or missing.
// Run: node scripts/check-translations.ts [locale]
import { compile } from '../src/compiler/compile.ts';
import { loadContentFiles, loadTranslationFiles } from '../src/compiler/load.ts';
import { formatProblems } from '../src/compiler/problems.ts';
import { compileTranslations, translationReport } from '../src/compiler/translations.ts';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv[2];
const english = compile(await loadContentFiles(root));
if (english.problems.length > 0) {
  console.error(formatProblems(english.problems));
  process.exit(1);
}
const { locales, problems } = compileTranslations(english.items, english.glossary, await loadTranslationFiles(root));
const shown = only ? problems.filter((problem) => problem.file.startsWith(`content/${only}/`)) : problems;
console.log(translationReport(locales, only));
if (shown.length > 0) {
  console.error(formatProblems(shown).replace('Checklist content', 'Translations'));
  process.exit(1);
}
