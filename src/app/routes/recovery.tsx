// "My account was taken over": pick the messenger, then the recovery steps in order.
import { Link, useParams } from 'react-router';
import { MESSENGERS, MESSENGER_IDS, isMessengerId } from '../../content/messengers.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { StatusControls } from '../../features/checklist/StatusControls.tsx';
import { RecoveryPath } from '../../features/recovery/RecoveryPath.tsx';
import { paths } from '../../routing/routes.ts';
import { NotFoundPage } from './not-found.tsx';

export function RecoveryPage() {
  const { messenger } = useParams();
  if (messenger !== undefined && !isMessengerId(messenger)) return <NotFoundPage />;
  return <Recovery messenger={messenger} />;
}

function Recovery({ messenger }: { messenger?: keyof typeof MESSENGERS }) {
  usePageTitle(messenger ? `Get your ${MESSENGERS[messenger].name} account back` : 'My account was taken over');
  return (
    <>
      <h1 tabIndex={-1}>{messenger ? `Get your ${MESSENGERS[messenger].name} account back` : 'My account was taken over'}</h1>
      <nav aria-label="Which messenger" className="recovery-choice">
        <p>Which account?</p>
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
      {messenger ? <RecoveryPath messenger={messenger} Controls={StatusControls} /> : <p>Choose the messenger whose account someone else may be using.</p>}
    </>
  );
}
