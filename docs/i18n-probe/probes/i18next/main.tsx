// i18next + react-i18next + i18next-icu: ICU JSON parsed at runtime by intl-messageformat
// (i18next-icu has no precompiled-AST path); IcuTrans for the link.
import i18n from 'i18next';
import ICU from 'i18next-icu';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, IcuTrans, useTranslation } from 'react-i18next';
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
        <p key={os} data-k={`open-${os}`}>{t('open', { os })}</p>
      ))}
      <p data-k="help">
        <IcuTrans
          i18nKey="help"
          defaultTranslation="Read <0>the vendor's help page</0> first."
          content={[{ type: 'a', props: { href: HELP_URL } }]}
          t={t}
        />
      </p>
    </Ready>
  );
}

const lang = langFromUrl();
const { default: messages } = await import(`./locales/${lang}.json`);
await i18n.use(ICU).init({ lng: lang, resources: { [lang]: { translation: messages } }, interpolation: { escapeValue: false } });
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <I18nextProvider i18n={i18n}>
    <App locale={lang} />
  </I18nextProvider>,
);
