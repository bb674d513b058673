import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { headersFor, metaPolicy, parseHeaders } from './scripts/headers.ts';
import { checklistPlugin } from './src/compiler/vite-plugin.ts';
import { messagesPlugin } from './src/compiler/messages-plugin.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Adds the Content-Security-Policy from public/_headers as a <meta> tag to built pages only
 * (Vite's dev server needs an inline script, so the dev server runs without it). */
function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml(html) {
      const rules = parseHeaders(readFileSync(new URL('./public/_headers', import.meta.url), 'utf8'));
      const policy = headersFor(rules, '/').get('Content-Security-Policy');
      if (!policy) throw new Error('public/_headers has no Content-Security-Policy for /');
      return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy(policy)}" />`);
    },
  };
}

/**
 * Lets the bundler drop react-router's components the app does not use: in its production
 * files, marks `React.forwardRef(…)` as pure (it is) and drops `Component.displayName = "…"`
 * (names for React's developer tools only). Otherwise both keep react-router's <Link> and
 * <NavLink>, and with them prefetching and about 3 KB gzip of server-rendering code, on the
 * first route (the app has its own links, src/components/links.tsx).
 */
function dropRouterDisplayNames(): Plugin {
  return {
    name: 'drop-router-display-names',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]/.test(id)) return null;
      const out = code
        .replace(/^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";$/gm, '')
        .replace(/(?<![\w$.])(React(?:\$\d+)?\.forwardRef\()/g, '/* @__PURE__ */ $1');
      return out === code ? null : { code: out, map: null };
    },
  };
}

export default defineConfig({
  // CHECKLIST_CONTENT_ROOT builds another content folder (scripts/scale-check.ts uses it).
  plugins: [react(), dropRouterDisplayNames(), checklistPlugin({ contentRoot: process.env.CHECKLIST_CONTENT_ROOT }), messagesPlugin(), cspMetaTag()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  // The dev server pre-bundles what the app imports, from its one page: not the probe pages
  // under docs/i18n-probe/, whose libraries are not installed here.
  optimizeDeps: { entries: ['index.html'] },
  build: {
    // Never inline assets as data: URLs; the Content-Security-Policy allows 'self' only.
    assetsInlineLimit: 0,
    // Moved to .build/ by scripts/prerender.ts; the byte budgets and the service worker's list of
    // files read it (what the first route loads, each file's language).
    manifest: true,
    // <link rel=modulepreload>s only for the entry's import of the start: its few files (the
    // shell, the runtime, the content index, and the small file the bundler makes for the start
    // module) are asked for together instead of one after the other. Other screens' imports
    // insert none: the links cost main-thread time on a slow phone (4-9 ms per screen observed,
    // in the tasks that start the page) and their lists would ride in the first route's code; a
    // chunk's own imports are found when it is parsed instead (one more round trip).
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostId }) => (/^assets\/index-[^/]+\.js$/.test(hostId) ? deps : []),
    },
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Nearly every function in the shell (React DOM, the router, the app's frame) runs while
        // the page starts. This comment asks V8 (Chromium 136 and later) to compile all of them
        // while the file downloads, off the main thread, instead of one by one on the main thread
        // when each is first called. Cold loads of a step page and /es/, 15 alternating runs
        // each: main-thread work after the first paint 521 → 468 and 571 → 513 ms, the longest
        // task 80 → 68 and 96 → 88 ms (medians). Other browsers ignore it. Added after
        // minification, which would drop it.
        postBanner: (chunk) =>
          chunk.moduleIds.some((id) => /[\\/]react-dom-client\.production\.js$/.test(id)) ? '//# allFunctionsCalledOnLoad' : '',
        codeSplitting: {
          groups: [
            // The entry and Vite's preload helper, which the entry's one dynamic import uses: one
            // file, so the page asks for nothing more before its first paint (a second request
            // there counts in Lighthouse's LCP estimate). Claimed first, because a group also
            // takes what its modules import (the content index's loaders use the helper).
            { name: 'index', test: /^\0vite[\\/]preload-helper|src[\\/]app[\\/]entry-client\.tsx$/, priority: 3 },
            // The index of all items, so the byte budgets can tell content that grew from code
            // that grew (scripts/budgets.ts).
            { name: 'content-index', test: /^\0virtual:checklist$/, priority: 2 },
            // React, the router, the app's start and the small modules every page shares, in one
            // file: one request and one compression window instead of a dozen (about 2 KB gzip
            // less), and no list of names passed between two chunks. It loads after the first paint.
            {
              name: 'shell',
              priority: 1,
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]|src[\\/]routing[\\/]|src[\\/]catalog[\\/](catalog|loaded)\.ts|src[\\/]content[\\/](messengers|vocabulary)\.ts|src[\\/]store[\\/](hooks|deferred|model)\.ts|src[\\/]components[\\/](page-title|FailureNotice|LoadBoundary|LazyGlyph|LanguageSwitcher)\.tsx|src[\\/]features[\\/]checklist[\\/]in-use\.ts|src[\\/]features[\\/]checklist[\\/](StartHere|MessengerOverview)\.tsx|src[\\/]i18n[\\/](i18n\.tsx|format\.ts|locales\.ts|minutes\.ts)|src[\\/]app[\\/](start|App|Layout|route-table|navigation-gate)\.tsx|src[\\/]app[\\/](libraries-first|load-failure|updates|start-progress)\.ts|src[\\/]app[\\/]routes[\\/]home\.tsx|^\0virtual:messages$/,
            },
            // What several screens share (small components, formatting, the catalog's hooks): one
            // file, loaded with the first screen that needs it, rather than a dozen small ones.
            // Every file a screen may need is named in the first route's code, so fewer files
            // are fewer bytes there too.
            {
              name: 'common',
              priority: 0,
              minShareCount: 2,
              test: /src[\\/](components|i18n|catalog|content)[\\/]|src[\\/]features[\\/]checklist[\\/](progress|next-step)\.ts/,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // Rendering whole routes in jsdom takes seconds on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
