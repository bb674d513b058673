import formatjs from '@formatjs/unplugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Messages are compiled to AST ahead of time (`formatjs compile --ast`, see scripts/measure.ts),
// defaultMessage is stripped from the bundle, so the ICU parser can be swapped for its stub.
export default defineConfig({
  plugins: [react(), formatjs({ ast: true, removeDefaultMessage: true })],
  resolve: {
    alias: { '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' },
  },
});
