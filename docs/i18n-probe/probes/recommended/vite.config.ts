import formatjs from '@formatjs/unplugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { icuJsonCatalogs } from '../none/compile.ts';

// The recommendation: the source carries FormatJS-style descriptors so `formatjs extract` finds
// them; the unplugin strips defaultMessage from the bundle; catalogs (lang/*.json, FormatJS
// "simple" ICU JSON) are compiled and plural-checked at build time; the runtime is ../none/fmt.ts.
export default defineConfig({
  plugins: [
    react(),
    formatjs({ removeDefaultMessage: true, additionalFunctionNames: ['t'], additionalComponentNames: ['T'] }),
    icuJsonCatalogs(/\/recommended\/lang\/[^/]+\.json$/),
  ],
});
