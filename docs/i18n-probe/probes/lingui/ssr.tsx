// Server entry for scripts/prerender-check.ts: one i18n instance per render (no global state).
import { setupI18n, type Messages } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { App } from './app.tsx';

const catalogs = import.meta.glob<{ messages: Messages }>('./locales/*.po');
export async function element(lang: string) {
  const { messages } = await catalogs[`./locales/${lang}.po`]!();
  const i18n = setupI18n({ locale: lang, messages: { [lang]: messages } });
  return (
    <I18nProvider i18n={i18n}>
      <App locale={lang} />
    </I18nProvider>
  );
}
