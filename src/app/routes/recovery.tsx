// "My account was taken over": pick the messenger, then the recovery steps in order.
import { useParams } from 'react-router';
import { Link } from '../../components/links.tsx';
import { MESSENGERS, MESSENGER_IDS, isMessengerId } from '../../content/messengers.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { StatusControls } from '../../features/checklist/StatusControls.tsx';
import { RecoveryPath } from '../../features/recovery/RecoveryPath.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { paths } from '../../routing/routes.ts';
import { NotFoundPage } from './not-found.tsx';

export function RecoveryPage() {
  const { messenger } = useParams();
  if (messenger !== undefined && !isMessengerId(messenger)) return <NotFoundPage />;
  return <Recovery messenger={messenger} />;
}

function Recovery({ messenger }: { messenger?: keyof typeof MESSENGERS }) {
  const t = useT();
  const title = messenger ? t('pages.recovery.titleFor', { messenger: MESSENGERS[messenger].name }) : t('pages.recovery.title');
  usePageTitle(title);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <nav aria-label={t('pages.recovery.choiceLabel')} className="recovery-choice">
        <p>{t('pages.recovery.choiceQuestion')}</p>
        <ul>
          {MESSENGER_IDS.map((id) => (
            <li key={id}>
              <Link to={paths.recovery(id)} className="button" aria-current={id === messenger ? 'page' : undefined}>
                {MESSENGERS[id].name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {messenger ? <RecoveryPath messenger={messenger} Controls={StatusControls} /> : <p>{t('pages.recovery.choose')}</p>}
    </>
  );
}
