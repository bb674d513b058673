// Recommended shape, client entry: see app.tsx. Loads this language's compiled catalog, then renders.
import { createRoot } from 'react-dom/client';
import { langFromUrl } from '../shared/translations.ts';
import type { Messages } from '../none/fmt.ts';
import { App, I18n } from './app.tsx';

const lang = langFromUrl();
const { default: messages } = (await import(`./lang/${lang}.json`)) as { default: Messages };
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <I18n value={{ locale: lang, messages }}>
    <App />
  </I18n>,
);
