import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Variant of ../formatjs without a compile step: ICU strings are parsed in the browser.
export default defineConfig({ plugins: [react()] });
