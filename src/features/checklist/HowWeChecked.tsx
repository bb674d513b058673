// "How we checked this": every fact a step rests on, where it was read (a page, or a file of
// the app's open-source code) and when, and whether it confirmed the step. Collapsed, for the
// trainer or maintainer who wants to judge or re-check a step; readable without JavaScript.
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { PLATFORM_NAMES } from '../../content/messengers.ts';
import type { ChecklistItem } from '../../content/schema.ts';

export function HowWeChecked({ item }: { item: ChecklistItem }) {
  const settings = item.settingsEntry.flatMap((entry) =>
    entry.evidence.map((fact) => ({ ...fact, platforms: [entry.platform], fact: `How to open Settings: ${fact.fact}` })),
  );
  const evidence = [...(item.evidence ?? []), ...settings];
  if (!evidence.length && !item.changes?.length) return null;
  return (
    <details className="how-we-checked">
      <summary>
        <h2>How we checked this</h2>
      </summary>
      {evidence.length ? (
        <ul className="evidence">
          {evidence.map((fact, index) => (
            <li key={index}>
              <p>
                <strong className={fact.confirmed ? 'confirmed' : 'unconfirmed'}>{fact.confirmed ? 'Confirmed' : 'Not confirmed'}</strong>
                {fact.platforms ? ` (${fact.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ')})` : ''}: {fact.fact}
              </p>
              <p className="meta">
                Read on <time dateTime={fact.read}>{formatDate(fact.read)}</time> in{' '}
                {fact.source.startsWith('https://') ? <ExternalLink href={fact.source}>{fact.source}</ExternalLink> : <code>{fact.source}</code>}
                {fact.note ? `. ${fact.note}` : ''}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {item.changes?.length ? (
        <>
          <h3>Changes to this step</h3>
          <ul>
            {item.changes.map((change) => (
              <li key={change.revision}>
                <time dateTime={change.date}>{formatDate(change.date)}</time>, revision {change.revision}: {change.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
