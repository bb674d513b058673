// The presenter view: one step per screen in large type for the back of the room, moved with
// the arrow keys or the buttons, with the workshop QR code a key press away.
import { useCallback, useEffect, useState } from 'react';
import { LazyQrCode } from '../../components/LazyQrCode.tsx';
import { StepGroups } from '../../components/StepGroups.tsx';
import { MESSENGERS } from '../../content/messengers.ts';
import type { Plan } from './plan-codec.ts';
import { planMessages } from './messages.ts';
import { useItems } from '../../catalog/catalog.ts';
import { planUrls, shortUrl } from './plan.ts';
import { platformView } from '../../content/platform-view.ts';
import { usePlanFromAddress } from './use-plan.ts';


export function Presenter() {
  const result = usePlanFromAddress();
  if (!result) return <noscript><p>The presenter view needs JavaScript.</p></noscript>;
  if (!result.ok) return <p role="alert" className="notice notice-unconfirmed">{planMessages[result.error]}</p>;
  return <Slides plan={result.value} />;
}

function Slides({ plan }: { plan: Plan }) {
  const items = useItems(plan.items);
  const [position, setPosition] = useState(0);
  const [showQr, setShowQr] = useState(false);
  const go = useCallback((by: number) => setPosition((current) => Math.min(items.length - 1, Math.max(0, current + by))), [items.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
      else if (event.key === 'q') setShowQr((shown) => !shown);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  const item = items[position];
  if (!item) return <p>This plan has no steps this version of the checklist knows.</p>;
  const join = planUrls(plan, window.location.origin).join;
  const [vendor] = item.links;

  return (
    <div className="presenter">
      <p className="presenter-progress" role="status">
        Step {position + 1} of {items.length}: {MESSENGERS[item.messenger].name}
      </p>
      <h2 className="presenter-title">
        {item.title}
      </h2>
      <StepGroups groups={platformView(item, plan.platforms).steps} heading="h3" className="presenter-steps" />
      {vendor ? (
        <p className="presenter-link">
          Help: <strong>{shortUrl(vendor.url)}</strong>
        </p>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => go(-1)} disabled={position === 0}>
          Previous step
        </button>
        <button type="button" onClick={() => go(1)} disabled={position === items.length - 1}>
          Next step
        </button>
        <button type="button" aria-pressed={showQr} onClick={() => setShowQr((shown) => !shown)}>
          Workshop QR code
        </button>
        <button type="button" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
          Full screen
        </button>
      </div>
      <p className="meta">Keys: → next, ← previous, Q shows or hides the workshop QR code.</p>
      {showQr ? (
        <div className="presenter-qr">
          <LazyQrCode text={join} label="QR code of the workshop link" />
          <p>{shortUrl(join.split('#')[0]!)}</p>
        </div>
      ) : null}
    </div>
  );
}
