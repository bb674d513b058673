// The same page with English written into the JSX, as the app is today: the fair reference
// for "what does translating cost". Only `?lang=en` is meaningful.
import { createRoot } from 'react-dom/client';
import { COUNTS, HELP_URL, OSES, formatDate } from '../shared/translations.ts';
import { Ready } from '../shared/Ready.tsx';

const open = { android: 'Tap the three dots, then Settings.', ios: 'Tap Settings.', other: 'Open Settings.' };

function App() {
  return (
    <Ready>
      {COUNTS.map((count) => (
        <p key={count} data-k={`steps-${count}`}>{count === 1 ? `${count} step done` : `${count} steps done`}</p>
      ))}
      <p data-k="checked">Last checked: {formatDate('en')}</p>
      {OSES.map((os) => (
        <p key={os} data-k={`open-${os}`}>{open[os]}</p>
      ))}
      <p data-k="help">
        Read <a href={HELP_URL}>the vendor's help page</a> first.
      </p>
    </Ready>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
