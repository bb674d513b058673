// The QR code, loaded when first shown (it is not needed on the first screen). If its file
// cannot load, the person is told that the link or address next to it works the same.
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
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

/**
 * The QR code, computed only once it comes near the screen (or the page is printed): working
 * out a code costs a slow phone 100–250 ms, and below the first screen of a page that is only
 * starting it would hold up the first tap. Until then an empty square keeps its place.
 */
export function LazyQrCodeWhenNear(props: { text: string; label: string }) {
  const [near, setNear] = useState(false);
  const placeholder = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    const show = () => setNear(true);
    // Without IntersectionObserver (an old browser), it is worked out at once.
    if (typeof IntersectionObserver === 'undefined') return show();
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && show(), { rootMargin: '50%' });
    observer.observe(element);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [near]);
  return near ? <LazyQrCode {...props} /> : <svg ref={placeholder} className="qr-code" viewBox="0 0 1 1" aria-hidden="true" />;
}
