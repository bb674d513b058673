// Saving progress as a link, a QR code or a file; restoring it; clearing it; private mode.
import { usePageTitle } from '../../components/page-title.tsx';
import { TransferPanel } from '../../features/progress-transfer/TransferPanel.tsx';
import { useT } from '../../i18n/i18n.tsx';

export function TransferPage() {
  const t = useT();
  usePageTitle(t('progress.transferPage.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('progress.transferPage.title')}</h1>
      <p className="lead">{t('progress.transferPage.lead')}</p>
      <TransferPanel />
    </>
  );
}
