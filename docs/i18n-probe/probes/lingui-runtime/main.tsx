// Variant of ../lingui: same page, plus the runtime message compiler (what skipping the build-time compile would ship).
import { i18n, type Messages } from '@lingui/core';
import { compileMessage } from "@lingui/message-utils/compileMessage";
import { I18nProvider } from '@lingui/react';
import { Plural, Select, Trans } from '@lingui/react/macro';
import { createRoot } from 'react-dom/client';
import { COUNTS, HELP_URL, OSES, formatDate, langFromUrl } from '../shared/translations.ts';
import { Ready } from '../shared/Ready.tsx';

function App({ locale }: { locale: string }) {
  const date = formatDate(locale);
  return (
    <Ready>
      {COUNTS.map((count) => (
        <p key={count} data-k={`steps-${count}`}>
          <Plural value={count} one="# step done" other="# steps done" />
        </p>
      ))}
      <p data-k="checked"><Trans>Last checked: {date}</Trans></p>
      {OSES.map((os) => (
        <p key={os} data-k={`open-${os}`}>
          <Select value={os} _android="Tap the three dots, then Settings." _ios="Tap Settings." other="Open Settings." />
        </p>
      ))}
      <p data-k="help">
        <Trans>Read <a href={HELP_URL}>the vendor's help page</a> first.</Trans>
      </p>
    </Ready>
  );
}

const lang = langFromUrl();
const { messages } = (await import(`../lingui/locales/${lang}.po`)) as { messages: Messages };
i18n.setMessagesCompiler(compileMessage);
i18n.loadAndActivate({ locale: lang, messages });
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <I18nProvider i18n={i18n}>
    <App locale={lang} />
  </I18nProvider>,
);
