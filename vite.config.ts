import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { checklistPlugin } from './src/compiler/vite-plugin.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [react(), checklistPlugin()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    // Never inline assets as data: URLs; the Content-Security-Policy allows 'self' only.
    assetsInlineLimit: 0,
    // scripts/prerender.ts reads it to preload each page's own chunks.
    manifest: true,
    target: 'es2022',
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
        },
      },
    ],
  },
});
