// Saving progress as a link, a QR code or a file; restoring it; clearing it; private mode.
import { usePageTitle } from '../../components/page-title.tsx';
import { TransferPanel } from '../../features/progress-transfer/TransferPanel.tsx';

export function TransferPage() {
  usePageTitle('Save or move your progress');
  return (
    <>
      <h1 tabIndex={-1}>Save or move your progress</h1>
      <p className="lead">
        Your ticks are kept only in this browser. Browsers can forget them (Safari does after some days without a
        visit, and clearing site data does too), so save a link or a file, or take your progress to another device.
        Nothing is ever sent to a server.
      </p>
      <TransferPanel />
    </>
  );
}
