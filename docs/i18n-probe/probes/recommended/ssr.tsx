// Server entry for scripts/prerender-check.ts: the page for one language, with that language's catalog.
import type { Messages } from '../none/fmt.ts';
import { App, I18n } from './app.tsx';

const catalogs = import.meta.glob<{ default: Messages }>('./lang/*.json');
export async function element(lang: string) {
  const { default: messages } = await catalogs[`./lang/${lang}.json`]!();
  return (
    <I18n value={{ locale: lang, messages }}>
      <App />
    </I18n>
  );
}
