import { defineConfig } from 'i18next-cli';

export default defineConfig({
  locales: ['en', 'ru', 'ar'],
  extract: {
    input: ['main.tsx'],
    output: 'locales/{{language}}.json',
    defaultNS: false,
    primaryLanguage: 'en',
  },
});
