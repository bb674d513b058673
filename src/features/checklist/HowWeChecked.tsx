// "How we checked this": every fact a step rests on, where it was read (a page, or a file of
// the app's open-source code) and when, and whether it confirmed the step. On a page in another
// language, also each menu label of the translation, and whether the app's own translation
// confirms it. Collapsed, for the trainer or maintainer who wants to judge or re-check a step;
// readable without JavaScript. The facts themselves are kept in English, and marked so.
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { InEnglish } from '../../components/Blocks.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useT } from '../../i18n/i18n.tsx';
import { platformsInRow } from '../../content/labels.ts';
import type { ChecklistItem, LabelCheck } from '../../content/schema.ts';

export function HowWeChecked({ item }: { item: ChecklistItem }) {
  const t = useT();
  const settings = item.settingsEntry.flatMap((entry) => entry.evidence.map((fact) => ({ ...fact, platforms: [entry.platform], settings: true })));
  const evidence = [...(item.evidence ?? []).map((fact) => ({ ...fact, settings: false })), ...settings];
  const labels = item.translation?.labels ?? [];
  if (!evidence.length && !item.changes?.length && !labels.length) return null;
  const translation = item.translation;
  // A change newer than the revision the translation follows has no translated note: it is in English.
  const noteInEnglish = (revision: number) =>
    translation !== undefined && (translation.status === 'missing' || (translation.translates !== undefined && revision > translation.translates));
  return (
    <details className="how-we-checked">
      <summary>
        <h2>{t('item.howWeChecked.heading')}</h2>
      </summary>
      {evidence.length ? (
        <ul className="evidence">
          {evidence.map((fact, index) => {
            const text = <InEnglish>{fact.fact}</InEnglish>;
            const values = {
              status: (
                <strong className={fact.confirmed ? 'confirmed' : 'unconfirmed'}>
                  {fact.confirmed ? t('item.howWeChecked.confirmed') : t('item.howWeChecked.notConfirmed')}
                </strong>
              ),
              fact: fact.settings ? t.rich('item.howWeChecked.openSettings', { fact: text }) : text,
              ...(fact.platforms ? { platforms: platformsInRow(t, fact.platforms) } : {}),
            };
            const when = <time dateTime={fact.read}>{formatDate(fact.read, t.locale)}</time>;
            return (
              <li key={index}>
                <p>{fact.platforms ? t.rich('item.howWeChecked.factFor', values) : t.rich('item.howWeChecked.fact', values)}</p>
                <p className="meta">
                  {fact.note
                    ? t.rich('item.howWeChecked.readWithNote', { date: when, source: <Source source={fact.source} />, note: <InEnglish>{fact.note}</InEnglish> })
                    : t.rich('item.howWeChecked.read', { date: when, source: <Source source={fact.source} /> })}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
      {labels.length ? (
        <>
          <h3>{t('item.howWeChecked.labelsHeading')}</h3>
          <p>{t('item.howWeChecked.labelsIntro')}</p>
          <ul className="label-checks">
            {labels.map((check) => (
              <li key={`${check.en}\u0000${check.label}`}>
                <LabelCheckLine check={check} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.changes?.length ? (
        <>
          <h3>{t('item.howWeChecked.changesHeading')}</h3>
          <ul>
            {item.changes.map((change) => (
              <li key={change.revision}>
                {t.rich('item.howWeChecked.change', {
                  date: <time dateTime={change.date}>{formatDate(change.date, t.locale)}</time>,
                  revision: change.revision,
                  note: noteInEnglish(change.revision) ? <InEnglish>{change.note}</InEnglish> : change.note,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

/** One menu label of a translated step: the label, its English, and whether the app's translation confirms it. */
function LabelCheckLine({ check }: { check: LabelCheck }) {
  const t = useT();
  const values = {
    label: <strong>{check.label}</strong>,
    en: (
      <span lang="en" dir="ltr">
        {check.en}
      </span>
    ),
  };
  if (!check.confirmed) return t.rich('item.howWeChecked.labelNotConfirmed', values);
  if (!check.source) return t.rich('item.howWeChecked.labelConfirmed', values);
  return t.rich('item.howWeChecked.labelConfirmedIn', { ...values, source: <Source source={check.source} /> });
}

/** Where a fact was read: a page (a link), or a file of an app's code (`owner/repo: path`). */
function Source({ source }: { source: string }) {
  return source.startsWith('https://') ? (
    <ExternalLink href={source}>{source}</ExternalLink>
  ) : (
    <code dir="ltr">{source}</code>
  );
}
