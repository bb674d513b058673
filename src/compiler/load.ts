// Reads content/<messenger>/*.md from disk for compile(). Kept apart so compile() stays pure.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './compile.ts';
import { GLOSSARY_FILE } from './glossary.ts';
import { CONTENT_DIR } from './location.ts';

const GLOSSARY_NAME = GLOSSARY_FILE.slice(`${CONTENT_DIR}/`.length);

/**
 * Every Markdown file below content/ and the glossary, but not the top level's other
 * documents (LICENSE.md): files in unknown folders or nested too deep are passed on so
 * compile() reports them.
 */
export async function loadContentFiles(root: string): Promise<SourceFile[]> {
  const dir = join(root, CONTENT_DIR);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && (entry.parentPath !== dir || entry.name === GLOSSARY_NAME))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({
      path: relative(root, path).split(sep).join('/'),
      text: await readFile(path, 'utf8'),
    })),
  );
}
