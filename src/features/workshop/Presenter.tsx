// The presenter view: one step per slide over the whole screen, sized to fit a projector with
// no scrolling, moved by keyboard, clicker or buttons, with the workshop QR code over the slide.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link } from '../../components/links.tsx';
import { LazyQrCode } from '../../components/LazyQrCode.tsx';
import { StepGroups } from '../../components/StepGroups.tsx';
import { MESSENGERS } from '../../content/messengers.ts';
import { aboutMinutes } from '../../i18n/minutes.ts';
import type { Plan } from './plan-codec.ts';
import { planMessages } from './messages.ts';
import { useItems } from '../../catalog/entries.ts';
import { planUrls, shortUrl } from './plan.ts';
import { platformView } from '../../content/platform-view.ts';
import { usePlanFromAddress } from './use-plan.ts';
import { useT } from '../../i18n/i18n.tsx';

/** Type sizes a slide can take, largest first (`data-size` 0 to SIZES - 1 in styles.css). */
const SIZES = 9;

export function Presenter() {
  const t = useT();
  const result = usePlanFromAddress();
  if (!result) return <noscript><p>{t('workshop.presenter.noScript')}</p></noscript>;
  if (!result.ok) return <p role="alert" className="notice notice-unconfirmed">{t(planMessages[result.error])}</p>;
  return <Slides plan={result.value} />;
}

export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'qr';

type SlideKey = Pick<KeyboardEvent, 'key' | 'shiftKey'> & Partial<Pick<KeyboardEvent, 'code'>>;

/**
 * Q, or the key in Q's place on a keyboard set to another alphabet (й on a Russian one, ض on
 * an Arabic one), so the trainer need not switch the keyboard to English. A Latin layout that
 * puts another letter there (A on a French one) keeps its letter.
 */
function isQ(event: SlideKey): boolean {
  return event.key === 'q' || event.key === 'Q' || (event.code === 'KeyQ' && !/^[a-z]$/i.test(event.key));
}

/**
 * What a key does on a slide. Arrow keys follow the reading direction (right to left: the
 * left arrow goes on); clickers send Page Down and Page Up; Q shows the QR code.
 */
export function slideMove(event: SlideKey, rtl: boolean): SlideMove | undefined {
  if (isQ(event)) return 'qr';
  switch (event.key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'previous';
    case ' ':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** Hides the site's header and footer while the slides are on screen (styles.css: html.presenting). */
function usePresenting() {
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('presenting');
    return () => html.classList.remove('presenting');
  }, []);
}

/** Picks the largest type size at which the slide shows all of its text without scrolling. */
function useFit(slide: RefObject<HTMLElement | null>, position: number) {
  useLayoutEffect(() => {
    const fit = () => {
      const element = slide.current;
      if (!element) return;
      let size = 0;
      for (; size < SIZES - 1; size++) {
        element.dataset.size = String(size);
        if (element.scrollHeight <= element.clientHeight && element.scrollWidth <= element.clientWidth) return;
      }
      element.dataset.size = String(size);
    };
    fit();
    // Again whenever the slide's box changes (a window resize, the first layout after the site's
    // frame steps aside) or its text does: a slide measured too early would keep the smallest
    // type. Changing the type changes neither the box nor the text, so this cannot loop.
    const element = slide.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const resized = new ResizeObserver(fit);
    resized.observe(element);
    // And when the step's text arrives after the slide was first measured.
    const changed = new MutationObserver(fit);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    // The first layout of a new slide can report it taller than it is for a frame (seen in
    // Chromium 150 with reduced motion): measure again once two frames have passed.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(fit)));
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
    };
  }, [slide, position]);
}

/** The keys of the Previous and Next buttons (aria-keyshortcuts), in the page's reading direction. */
function shortcuts(rtl: boolean) {
  return rtl
    ? { previous: 'ArrowRight PageUp', next: 'ArrowLeft PageDown Space' }
    : { previous: 'ArrowLeft PageUp', next: 'ArrowRight PageDown Space' };
}

function Slides({ plan }: { plan: Plan }) {
  const t = useT();
  // The page's direction (its language's), not the document's: the arrow that points on goes on.
  const rtl = t.dir === 'rtl';
  const items = useItems(plan.items);
  const [position, setPosition] = useState(0);
  const [showQr, setShowQr] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const slide = useRef<HTMLElement>(null);
  /** Where focus goes back to when the QR code closes. */
  const returnFocus = useRef<Element | null>(null);
  const last = items.length - 1;
  usePresenting();
  useFit(slide, position);

  const openQr = () => {
    returnFocus.current = document.activeElement;
    setShowQr(true);
  };
  const closeQr = () => {
    setShowQr(false);
    const target = returnFocus.current;
    // After the dialog has gone, so that focus lands on a control that is no longer inert.
    const back = target instanceof HTMLElement && target !== document.body && target.isConnected ? target : root.current?.querySelector<HTMLElement>('[aria-keyshortcuts="Q"]');
    requestAnimationFrame(() => back?.focus());
  };

  useEffect(() => {
    // The QR code module is small: load it now, so Q shows the code at once.
    void import('../../components/QrCode.tsx').catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select')) return;
      if (showQr) {
        if (event.key === 'Escape' || isQ(event)) {
          event.preventDefault();
          closeQr();
        }
        return;
      }
      const move = slideMove(event, rtl);
      // Space on a button or link presses it, as everywhere else.
      if (!move || (event.key === ' ' && target?.closest('button, a'))) return;
      event.preventDefault();
      if (move === 'qr') openQr();
      else setPosition((current) => Math.min(last, Math.max(0, move === 'first' ? 0 : move === 'last' ? last : current + (move === 'next' ? 1 : -1))));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const item = items[position];
  if (!item) return <p>{t('workshop.presenter.noSteps')}</p>;
  const urls = planUrls(plan, window.location.origin, t.locale);
  const keys = shortcuts(rtl);
  const [vendor] = platformView(item, plan.platforms).links;
  const go = (to: number) => setPosition(Math.min(last, Math.max(0, to)));

  return (
    <div className="presenter" ref={root}>
      <section className="slide" ref={slide} aria-labelledby="slide-title" inert={showQr}>
        <p className="slide-meta">
          {item.minutes
            ? t('workshop.presenter.meta', { messenger: MESSENGERS[item.messenger].name, minutes: aboutMinutes(t, item.minutes) })
            : MESSENGERS[item.messenger].name}
        </p>
        <h2 id="slide-title" className="slide-title">
          {item.title}
        </h2>
        <p className="slide-protects">{item.protects}</p>
        <div className="slide-steps">
          <StepGroups groups={platformView(item, plan.platforms).steps} heading="h3" />
        </div>
        {vendor ? (
          <p className="slide-help">
            {t.rich('workshop.presenter.help', { address: shortUrl(vendor.url), strong: (parts: ReactNode) => <strong>{parts}</strong> })}
          </p>
        ) : null}
      </section>
      <div className="presenter-bar" inert={showQr}>
        <p className="presenter-progress" role="status">
          {t('workshop.presenter.progress', { step: position + 1, total: items.length })}
        </p>
        <div className="presenter-controls" role="group" aria-label={t('workshop.presenter.controls')}>
          <button type="button" onClick={() => go(position - 1)} disabled={position === 0} aria-keyshortcuts={keys.previous}>
            {t('workshop.presenter.previous')}
          </button>
          <button type="button" onClick={() => go(position + 1)} disabled={position === last} aria-keyshortcuts={keys.next}>
            {t('workshop.presenter.next')}
          </button>
          <button type="button" onClick={openQr} aria-keyshortcuts="Q">
            {t('workshop.presenter.qrCode')}
          </button>
          <Link to={urls.planner} className="presenter-exit">
            {t('workshop.presenter.exit')}
          </Link>
        </div>
      </div>
      {showQr ? <QrDialog join={urls.join} onClose={closeQr} /> : null}
    </div>
  );
}

/** The workshop link as a large QR code over the slide, with the address to type under it. */
function QrDialog({ join, onClose }: { join: string; onClose: () => void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="presenter-qr" role="dialog" aria-modal="true" aria-label={t('workshop.presenter.qrDialog')}>
      <LazyQrCode text={join} label={t('workshop.link.qrLabel')} />
      <p className="presenter-qr-address">{shortUrl(join)}</p>
      <p>
        {t('workshop.presenter.qrHint')}{' '}
        <button type="button" ref={close} onClick={onClose} aria-keyshortcuts="Escape">
          {t('workshop.presenter.close')}
        </button>
      </p>
    </div>
  );
}
