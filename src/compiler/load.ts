// Reads content/<messenger>/*.md, the glossary and the settings entries from disk for compile(). Kept apart so compile() stays pure.
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './compile.ts';
import { GLOSSARY_FILE } from './glossary.ts';
import { CONTENT_DIR } from './location.ts';
import { SETTINGS_ENTRY_FILE } from './settings-entry.ts';
import { isTranslationPath } from './translations.ts';

/** The top level's files that compile() reads besides the items. */
const TOP_LEVEL = new Set([GLOSSARY_FILE, SETTINGS_ENTRY_FILE].map((file) => file.slice(`${CONTENT_DIR}/`.length)));

/**
 * Every Markdown file below content/, the glossary and the settings entries, but not the top level's other
 * documents (LICENSE.md): files in unknown folders or nested too deep are passed on so
 * compile() reports them.
 */
export async function loadContentFiles(root: string): Promise<SourceFile[]> {
  const all = await loadFiles(root, (entry, dir) => entry.name.endsWith('.md') && (entry.parentPath !== dir || TOP_LEVEL.has(entry.name)));
  return all.filter((file) => !isTranslationPath(file.path));
}

/** The translations (content/<locale>/: items, glossary, settings entries, menu labels), for compileTranslations(). */
export async function loadTranslationFiles(root: string): Promise<SourceFile[]> {
  const all = await loadFiles(root, (entry) => entry.name.endsWith('.md') || entry.name === 'menu-labels.yaml');
  return all.filter((file) => isTranslationPath(file.path));
}

async function loadFiles(root: string, keep: (entry: Dirent, dir: string) => boolean): Promise<SourceFile[]> {
  const dir = join(root, CONTENT_DIR);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && keep(entry, dir))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({
      path: relative(root, path).split(sep).join('/'),
      text: await readFile(path, 'utf8'),
    })),
  );
}
