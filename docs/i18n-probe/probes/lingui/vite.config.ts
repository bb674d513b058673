import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    react(),
    lingui({ configPath: new URL('./lingui.config.ts', import.meta.url).pathname, macroTransform: true, failOnCompileError: true, failOnMissing: true }),
  ],
});
