// Lint rules, including the one-way import rule from DESIGN.md:
//   app → features → (components, catalog, routing, i18n, store, content);  compiler → content, i18n.
// catalog/ (what features ask of the compiled content) and routing/ (the one route table) sit
// below the features, so features never import the app shell.
// A feature never imports another feature; store and content never import React; browser
// code never loads zod or the Node-side schema at run time (types only).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What each layer of src/ may import; anything else inside src/ is an error. */
const layers = {
  app: ['app', 'feature', 'components', 'catalog', 'routing', 'i18n', 'store', 'content'],
  feature: ['components', 'catalog', 'routing', 'i18n', 'store', 'content'],
  components: ['components', 'routing', 'i18n', 'content'],
  i18n: ['i18n', 'content'],
  routing: ['routing', 'catalog', 'content', 'i18n'],
  catalog: ['catalog', 'store', 'content', 'i18n'],
  store: ['store', 'content', 'i18n'],
  content: ['content', 'i18n'],
  compiler: ['compiler', 'content', 'i18n'],
};

const boundaryRules = {
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'boundaries/elements': [
      { type: 'app', pattern: 'src/app' },
      { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
      { type: 'components', pattern: 'src/components' },
      { type: 'catalog', pattern: 'src/catalog' },
      { type: 'routing', pattern: 'src/routing' },
      { type: 'i18n', pattern: 'src/i18n' },
      { type: 'store', pattern: 'src/store' },
      { type: 'content', pattern: 'src/content' },
      { type: 'compiler', pattern: 'src/compiler' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message: 'Imports flow one way: app → features → (components, catalog, routing, store, content); compiler → content (see DESIGN).',
        policies: [
          ...Object.entries(layers).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: to } } } },
          })),
          // A feature may use its own files, never another feature's.
          {
            from: { element: { type: 'feature' } },
            allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
          },
          { allow: { to: { module: { origin: 'external' } } } },
          { allow: { to: { module: { origin: 'core' } } } },
        ],
      },
    ],
  },
};

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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...boundaryRules },
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
    files: ['src/store/**', 'src/content/**', 'src/routing/**', 'src/i18n/**'],
    // store/hooks.ts is the store's one adapter to React (it only uses useSyncExternalStore);
    // i18n/i18n.tsx gives React the page's language and `t` (the rest of i18n/ is plain functions).
    ignores: ['src/store/hooks.ts', 'src/i18n/i18n.tsx'],
    rules: { 'no-restricted-imports': ['error', noReact] },
    // routing/ too: the route table is plain data, shared by the app, the prerender and the tests.
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/store/**', 'src/catalog/**', 'src/routing/**', 'src/i18n/**'],
    ignores: ['src/app/entry-server.tsx', 'src/catalog/catalog.ts', 'src/catalog/entries.ts', 'src/catalog/changes.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Full zod stays out of the browser bundle; use zod/mini on the client.' },
            { name: 'virtual:checklist', message: 'Read the compiled content through src/catalog/catalog.ts, the one place that knows its shape.' },
          ],
          patterns: [
            {
              group: ['virtual:checklist/*'],
              message: 'Read the compiled content through src/catalog/catalog.ts, the one place that knows its shape.',
            },
            {
              group: ['**/content/schema.ts'],
              allowTypeImports: true,
              message: 'schema.ts loads zod; import its types with `import type`, constants from vocabulary.ts.',
            },
            {
              group: ['**/store/schema.ts', '**/store/browser.ts', '**/store/progress-store.ts'],
              allowTypeImports: true,
              message: 'The store loads after the page (store/deferred.ts): read it with store/hooks.ts, helpers from store/model.ts.',
            },
          ],
        },
      ],
    },
  },
);
