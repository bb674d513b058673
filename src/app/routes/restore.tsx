// Where a progress link lands: /restore#<progress>.
import { usePageTitle } from '../../components/page-title.tsx';
import { RestoreFromLink } from '../../features/progress-transfer/RestoreFromLink.tsx';

export function RestorePage() {
  usePageTitle('Open a progress link');
  return (
    <>
      <h1 tabIndex={-1}>Open a progress link</h1>
      <RestoreFromLink />
    </>
  );
}
