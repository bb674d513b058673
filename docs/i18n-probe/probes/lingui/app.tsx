// Lingui 6: macros in the source (compiled away by @lingui/vite-plugin's native macro
// transform); PO catalogs are compiled to JS when imported, so no message parser ships.
import { Plural, Select, Trans } from '@lingui/react/macro';
import { COUNTS, HELP_URL, OSES, formatDate } from '../shared/translations.ts';
import { Ready } from '../shared/Ready.tsx';

export function App({ locale }: { locale: string }) {
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

