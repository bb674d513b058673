// Baseline: no i18n library. Messages are compiled at build time (compile.ts); the runtime is fmt.ts.
import { Fragment, createContext, isValidElement, use, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { COUNTS, HELP_URL, OSES, formatDate, langFromUrl } from '../shared/translations.ts';
import { Ready } from '../shared/Ready.tsx';
import { format, type Messages } from './fmt.ts';

const I18n = createContext<{ locale: string; messages: Messages }>({ locale: 'en', messages: {} });

/** Formats message `id`; tags in it are rendered by functions in `values`. */
function useT() {
  const { locale, messages } = use(I18n);
  return (id: string, values: Record<string, unknown> = {}): ReactNode => {
    const parts = format(messages[id] ?? [id], values, locale);
    return parts.every((p) => typeof p === 'string')
      ? parts.join('')
      : parts.map((p, i) => (isValidElement(p) ? <Fragment key={i}>{p}</Fragment> : (p as ReactNode)));
  };
}

function App() {
  const t = useT();
  const { locale } = use(I18n);
  return (
    <Ready>
      {COUNTS.map((count) => (
        <p key={count} data-k={`steps-${count}`}>{t('steps', { count })}</p>
      ))}
      <p data-k="checked">{t('checked', { date: formatDate(locale) })}</p>
      {OSES.map((os) => (
        <p key={os} data-k={`open-${os}`}>{t('open', { os })}</p>
      ))}
      <p data-k="help">{t('help', { link: (parts: ReactNode[]) => <a href={HELP_URL}>{parts}</a> })}</p>
    </Ready>
  );
}

const lang = langFromUrl();
const { default: messages } = (await import(`./locales/${lang}.icu`)) as { default: Messages };
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <I18n value={{ locale: lang, messages }}>
    <App />
  </I18n>,
);
