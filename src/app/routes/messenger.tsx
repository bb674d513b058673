// One messenger's checklist, grouped by priority, in the content's order.
import { useParams } from 'react-router';
import { MESSENGERS, isMessengerId, type MessengerId } from '../../content/messengers.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { MessengerChecklist } from '../../features/checklist/MessengerChecklist.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { NotFoundPage } from './not-found.tsx';

export function MessengerPage() {
  const { messenger } = useParams();
  if (!messenger || !isMessengerId(messenger)) return <NotFoundPage />;
  return <MessengerScreen messenger={messenger} />;
}

function MessengerScreen({ messenger }: { messenger: MessengerId }) {
  const t = useT();
  usePageTitle(t('list.messenger.title', { messenger: MESSENGERS[messenger].name }));
  return <MessengerChecklist messenger={messenger} />;
}
