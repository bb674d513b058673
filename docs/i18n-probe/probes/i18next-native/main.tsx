// i18next + react-i18next in i18next's own JSON v4 format (no ICU): plural suffixes chosen
// with Intl.PluralRules, select as context, <Trans components> for the link.
import i18n from 'i18next';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, Trans, useTranslation } from 'react-i18next';
import { COUNTS, HELP_URL, OSES, formatDate, langFromUrl } from '../shared/translations.ts';
import { Ready } from '../shared/Ready.tsx';

function App({ locale }: { locale: string }) {
  const { t } = useTranslation();
  return (
    <Ready>
      {COUNTS.map((count) => (
        <p key={count} data-k={`steps-${count}`}>{t('steps', { count })}</p>
      ))}
      <p data-k="checked">{t('checked', { date: formatDate(locale) })}</p>
      {OSES.map((os) => (
        <p key={os} data-k={`open-${os}`}>{t('open', { context: os })}</p>
      ))}
      <p data-k="help">
        <Trans i18nKey="help" t={t} components={[<a href={HELP_URL} />]} />
      </p>
    </Ready>
  );
}

const lang = langFromUrl();
const { default: messages } = await import(`./locales/${lang}.json`);
await i18n.init({ lng: lang, resources: { [lang]: { translation: messages } }, interpolation: { escapeValue: false } });
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <I18nextProvider i18n={i18n}>
    <App locale={lang} />
  </I18nextProvider>,
);
