// The QR code, loaded when first shown (it is not needed on the first screen). If its file
// cannot load, the person is told that the link or address next to it works the same.
import { Suspense, lazy } from 'react';
import { FailureNotice } from './FailureNotice.tsx';
import { LoadBoundary } from './LoadBoundary.tsx';

const QrCode = lazy(() => import('./QrCode.tsx'));

export function LazyQrCode({ text, label }: { text: string; label: string }) {
  return (
    <LoadBoundary
      fallback={(retry) => (
        <FailureNotice
          action={
            <button type="button" onClick={retry}>
              Try the QR code again
            </button>
          }
        >
          <p>The QR code could not load. The address next to it works the same: copy or type it instead.</p>
        </FailureNotice>
      )}
    >
      <Suspense fallback={null}>
        <QrCode text={text} label={label} />
      </Suspense>
    </LoadBoundary>
  );
}
