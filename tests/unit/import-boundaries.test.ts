// The one-way import rule from the design (app → features → components/store/content;
// compiler → content) is enforced by ESLint; these cases pin it.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd });

async function boundaryErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'boundaries/dependencies').length;
}

// The first lint loads ESLint's config and parsers: seconds on a busy 2-core machine.
describe('import boundaries', { timeout: 30_000 }, () => {
  it.each([
    ['a feature importing a screen', 'src/features/checklist/x.ts', "import { App } from '../../app/App.tsx';"],
    ['a feature importing another feature', 'src/features/other/x.ts', "import { x } from '../checklist/progress.ts';"],
    ['a feature importing the app shell', 'src/features/checklist/x.ts', "import { preloadRoute } from '../../app/route-table.tsx';"],
    ['a component importing a feature', 'src/components/x.ts', "import { x } from '../features/checklist/progress.ts';"],
    ['the catalog importing a feature', 'src/catalog/x.ts', "import { x } from '../features/checklist/progress.ts';"],
    ['the route table importing the app', 'src/routing/x.ts', "import { App } from '../app/App.tsx';"],
    ['content importing the compiler', 'src/content/x.ts', "import { compile } from '../compiler/compile.ts';"],
    ['the app importing the compiler', 'src/app/x.ts', "import { compile } from '../compiler/compile.ts';"],
    ['the languages importing a feature', 'src/i18n/x.ts', "import { x } from '../features/checklist/progress.ts';"],
  ])('forbids %s', async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, `${code}\nexport {};\n`)).toBe(1);
  });

  it.each([
    ['a screen importing a feature', 'src/app/x.ts', "import { x } from '../features/checklist/progress.ts';"],
    ['a feature importing its own files, the catalog, the route table and content', 'src/features/checklist/x.ts', "import { x } from './progress.ts';\nimport { indexFor } from '../../catalog/catalog.ts';\nimport { paths } from '../../routing/routes.ts';\nimport { MESSENGERS } from '../../content/messengers.ts';"],
    ['the compiler importing content', 'src/compiler/x.ts', "import { frontmatterSchema } from '../content/schema.ts';"],
    ['the store and the compiler knowing the languages', 'src/store/x.ts', "import { isLocale } from '../i18n/locales.ts';"],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, `${code}\nexport {};\n`)).toBe(0);
  });
});
