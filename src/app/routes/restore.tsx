// Where a progress link lands: /restore#<progress> (under the language's prefix: /es/restore#…).
import { usePageTitle } from '../../components/page-title.tsx';
import { RestoreFromLink } from '../../features/progress-transfer/RestoreFromLink.tsx';
import { useT } from '../../i18n/i18n.tsx';

export function RestorePage() {
  const t = useT();
  usePageTitle(t('progress.restorePage.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('progress.restorePage.title')}</h1>
      <RestoreFromLink />
    </>
  );
}
