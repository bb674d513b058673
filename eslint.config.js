// Lint rules, including the one-way import rule from DESIGN.md:
//   app → features → (components, store, content);  compiler → content.
// A feature never imports another feature; store and content never import React; browser
// code never loads zod or the Node-side schema at run time (types only).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** `src/app/paths.ts` is a pure leaf (URLs only), so every layer may build links with it. */
const paths = ['./paths.ts'];

const zones = [
  { target: './src/content', from: './src', except: ['./content'], message: 'content/ is the bottom layer: it imports nothing else from src/.' },
  { target: './src/compiler', from: './src', except: ['./compiler', './content'], message: 'The compiler only uses content/.' },
  { target: './src/store', from: './src', except: ['./store', './content'], message: 'The store only uses content/.' },
  { target: './src/components', from: './src/app', except: paths, message: 'Components do not import screens.' },
  { target: './src/components', from: ['./src/features', './src/store', './src/compiler'], message: 'Components hold no feature logic.' },
  { target: './src/features', from: './src/app', except: paths, message: 'Features do not import screens.' },
  { target: './src/features', from: './src/compiler', message: 'The app reads compiled content from virtual:checklist.' },
  { target: './src/app', from: './src/compiler', message: 'The app reads compiled content from virtual:checklist.' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature.',
  })),
];

const noReact = {
  paths: [
    { name: 'react', message: 'store/ and content/ stay free of React.' },
    { name: 'react-dom', message: 'store/ and content/ stay free of React.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', '.ssr', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/component/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/store/**', 'src/content/**'],
    rules: { 'no-restricted-imports': ['error', noReact] },
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/store/**'],
    ignores: ['src/app/entry-server.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Full zod stays out of the browser bundle; use zod/mini on the client.' }],
          patterns: [
            {
              group: ['**/content/schema.ts'],
              allowTypeImports: true,
              message: 'schema.ts loads zod; import its types with `import type`, constants from vocabulary.ts.',
            },
          ],
        },
      ],
    },
  },
);
