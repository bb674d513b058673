// "What changed": the change log of every step, newest first, filtered by messenger through
// plain links to prerendered pages (/changes/<messenger>), so the filter works without JavaScript.
import { useParams } from 'react-router';
import { Link } from '../../components/links.tsx';
import { MESSENGERS, MESSENGER_IDS, isMessengerId, type MessengerId } from '../../content/messengers.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { ChangeLog } from '../../features/changes/ChangeLog.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { CHANGES_FEED, paths } from '../../routing/routes.ts';
import { NotFoundPage } from './not-found.tsx';

// The route table preloads the change log through the screen, so its loader stays off the first route.
export { preloadChanges } from '../../catalog/changes.ts';

export function ChangesPage() {
  const { messenger } = useParams();
  if (messenger !== undefined && !isMessengerId(messenger)) return <NotFoundPage />;
  return <Changes messenger={messenger} />;
}

function Changes({ messenger }: { messenger?: MessengerId }) {
  const t = useT();
  const title = messenger ? t('pages.changes.titleFor', { messenger: MESSENGERS[messenger].name }) : t('pages.changes.title');
  usePageTitle(title);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p className="lead">
        {t.rich('pages.changes.lead', {
          // The feed's address runs left to right on a right-to-left page too.
          feed: (
            <a href={CHANGES_FEED} dir={t.dir === 'rtl' ? 'ltr' : undefined}>
              {CHANGES_FEED.slice(1)}
            </a>
          ),
        })}
      </p>
      <nav aria-label={t('pages.changes.filterLabel')} className="filter-links">
        <ul>
          <li>
            <Link to={paths.changes()} aria-current={messenger === undefined ? 'page' : undefined}>
              {t('pages.changes.allMessengers')}
            </Link>
          </li>
          {MESSENGER_IDS.map((id) => (
            <li key={id}>
              <Link to={paths.changes(id)} aria-current={id === messenger ? 'page' : undefined}>
                {MESSENGERS[id].name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ChangeLog messenger={messenger} />
    </>
  );
}
