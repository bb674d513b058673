import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { icuMessages } from './compile.ts';

export default defineConfig({ plugins: [react(), icuMessages()] });
