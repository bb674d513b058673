// FormatJS: react-intl with messages precompiled to AST and the parser aliased away.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FormattedMessage, IntlProvider } from 'react-intl';
import { COUNTS, HELP_URL, OSES, formatDate, langFromUrl } from '../shared/translations.ts';
import { Ready } from '../shared/Ready.tsx';

function App({ locale }: { locale: string }) {
  return (
    <Ready>
      {COUNTS.map((count) => (
        <p key={count} data-k={`steps-${count}`}>
          <FormattedMessage id="steps" defaultMessage="{count, plural, one {# step done} other {# steps done}}" values={{ count }} />
        </p>
      ))}
      <p data-k="checked">
        <FormattedMessage id="checked" defaultMessage="Last checked: {date}" values={{ date: formatDate(locale) }} />
      </p>
      {OSES.map((os) => (
        <p key={os} data-k={`open-${os}`}>
          <FormattedMessage
            id="open"
            defaultMessage="{os, select, android {Tap the three dots, then Settings.} ios {Tap Settings.} other {Open Settings.}}"
            values={{ os }}
          />
        </p>
      ))}
      <p data-k="help">
        <FormattedMessage
          id="help"
          defaultMessage="Read <link>the vendor's help page</link> first."
          values={{ link: (parts: ReactNode[]) => <a href={HELP_URL}>{parts}</a> }}
        />
      </p>
    </Ready>
  );
}

const lang = langFromUrl();
const { default: messages } = await import(`./compiled/${lang}.json`);
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <IntlProvider locale={lang} messages={messages}>
    <App locale={lang} />
  </IntlProvider>,
);
