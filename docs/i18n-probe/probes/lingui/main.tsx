// Lingui 6, client entry (the page is in app.tsx).
import { i18n, type Messages } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { createRoot } from 'react-dom/client';
import { langFromUrl } from '../shared/translations.ts';
import { App } from './app.tsx';

const lang = langFromUrl();
const { messages } = (await import(`./locales/${lang}.po`)) as { messages: Messages };
i18n.loadAndActivate({ locale: lang, messages });
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <I18nProvider i18n={i18n}>
    <App locale={lang} />
  </I18nProvider>,
);
