// Thin Vite wiring for compile(): serves `virtual:checklist`, fails the build on any content
// problem (every problem listed with file:line:column), and reloads the page in dev when a
// content file changes.
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { CONTENT_DIR, compile, formatProblems } from './compile.ts';
import { loadContentFiles } from './load.ts';

const PUBLIC_ID = 'virtual:checklist';
const RESOLVED_ID = `\0${PUBLIC_ID}`;

export class ContentError extends Error {
  override name = 'ContentError';
}

export function checklistPlugin(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;

  return {
    name: 'checklist-content',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
      const contentDir = resolve(root, CONTENT_DIR);
      devServer.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!file.startsWith(contentDir) || !file.endsWith('.md')) return;
        const module = devServer.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) devServer.moduleGraph.invalidateModule(module);
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = await loadContentFiles(root);
      for (const file of files) this.addWatchFile(join(root, file.path));
      const { items, problems } = compile(files);
      if (problems.length > 0) {
        const [first] = problems;
        // Vite's overlay shows `loc` as a clickable file:line:column.
        const error = new ContentError(formatProblems(problems));
        Object.assign(error, {
          id: join(root, first!.file),
          loc: { file: join(root, first!.file), line: first!.line, column: first!.column },
        });
        if (server) server.config.logger.error(error.message);
        throw error;
      }
      return `export const items = ${JSON.stringify(items)};`;
    },
  };
}
