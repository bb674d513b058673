// Recommended shape: no runtime library. Messages are written in the source as descriptors
// ({ id, defaultMessage }) that `formatjs extract --additional-function-names t
// --additional-component-names T` collects into lang/en.json; the build strips defaultMessage,
// compiles lang/<locale>.json to arrays and checks plural categories (../none/compile.ts).
import { Fragment, createContext, isValidElement, use, type ReactNode } from 'react';
import { COUNTS, HELP_URL, OSES, formatDate } from '../shared/translations.ts';
import { Ready } from '../shared/Ready.tsx';
import { format, type Messages } from '../none/fmt.ts';

interface Descriptor {
  id: string;
  defaultMessage?: string;
  description?: string;
}
export const I18n = createContext<{ locale: string; messages: Messages }>({ locale: 'en', messages: {} });

function useT() {
  const { locale, messages } = use(I18n);
  return (d: Descriptor, values: Record<string, unknown> = {}): ReactNode => {
    const parts = format(messages[d.id] ?? [d.id], values, locale);
    return parts.every((p) => typeof p === 'string')
      ? parts.join('')
      : parts.map((p, i) => (isValidElement(p) ? <Fragment key={i}>{p}</Fragment> : (p as ReactNode)));
  };
}
/** `<T id defaultMessage values />` for JSX-heavy places. */
function T({ values, ...d }: Descriptor & { values?: Record<string, unknown> }) {
  return useT()(d, values);
}

export function App() {
  const t = useT();
  const { locale } = use(I18n);
  return (
    <Ready>
      {COUNTS.map((count) => (
        <p key={count} data-k={`steps-${count}`}>
          {t({ id: 'steps', defaultMessage: '{count, plural, one {# step done} other {# steps done}}' }, { count })}
        </p>
      ))}
      <p data-k="checked">{t({ id: 'checked', defaultMessage: 'Last checked: {date}' }, { date: formatDate(locale) })}</p>
      {OSES.map((os) => (
        <p key={os} data-k={`open-${os}`}>
          {t(
            {
              id: 'open',
              defaultMessage: '{os, select, android {Tap the three dots, then Settings.} ios {Tap Settings.} other {Open Settings.}}',
            },
            { os },
          )}
        </p>
      ))}
      <p data-k="help">
        <T
          id="help"
          defaultMessage="Read <link>the vendor's help page</link> first."
          values={{ link: (parts: ReactNode[]) => <a href={HELP_URL}>{parts}</a> }}
        />
      </p>
    </Ready>
  );
}

