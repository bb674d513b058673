// "What changed": every change to the steps, newest first, for a trainer who taught them
// before and for anyone who ticked an earlier revision. The entries come from each item's
// `changes` (content/), loaded as their own module through the catalog.
import { Link } from '../../components/links.tsx';
import { useChanges } from '../../catalog/changes.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { MESSENGERS, type MessengerId } from '../../content/messengers.ts';
import { paths } from '../../routing/routes.ts';
import { useT } from '../../i18n/i18n.tsx';

export function ChangeLog({ messenger }: { messenger?: MessengerId }) {
  const t = useT();
  const all = useChanges(t.locale);
  const changes = messenger ? all.filter((change) => change.messenger === messenger) : all;
  if (changes.length === 0) return <p>{t('pages.changeLog.empty')}</p>;
  return (
    <ol className="change-log" aria-label={messenger ? t('pages.changeLog.labelFor', { messenger: MESSENGERS[messenger].name }) : t('pages.changeLog.label')}>
      {changes.map((change) => (
        <li key={`${change.messenger}/${change.id}/${change.revision}`}>
          <p className="meta">
            {t.rich('pages.changeLog.meta', {
              date: <time dateTime={change.date}>{formatDate(change.date, t.locale)}</time>,
              messenger: MESSENGERS[change.messenger].name,
              revision: change.revision,
            })}
          </p>
          <p>
            <Link to={paths.item(change.messenger, change.id)}>{change.title}</Link>
          </p>
          <p>{change.note}</p>
        </li>
      ))}
    </ol>
  );
}
