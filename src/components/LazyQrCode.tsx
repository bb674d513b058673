// The QR code, loaded when first shown (it is not needed on the first screen). If its file
// cannot load, the person is told that the link or address next to it works the same.
import { Suspense, lazy } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { FailureNotice } from './FailureNotice.tsx';
import { LoadBoundary } from './LoadBoundary.tsx';

const QrCode = lazy(() => import('./QrCode.tsx'));

/** `label` names the code for screen readers, in the page's language (the caller words it). */
export function LazyQrCode({ text, label }: { text: string; label: string }) {
  const t = useT();
  return (
    <LoadBoundary
      fallback={(retry) => (
        <FailureNotice
          action={
            <button type="button" onClick={retry}>
              {t('workshop.qrCode.retry')}
            </button>
          }
        >
          <p>{t('workshop.qrCode.failed')}</p>
        </FailureNotice>
      )}
    >
      <Suspense fallback={null}>
        <QrCode text={text} label={label} />
      </Suspense>
    </LoadBoundary>
  );
}
