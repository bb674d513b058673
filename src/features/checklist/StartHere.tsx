// The top of the home page: what this is (for a newcomer, and as prerendered), or, once this
// browser's progress has loaded and shows a returning person, a "Continue" to their next step.
// Both sit in one grid cell, so the swap never moves what follows (no layout shift).
import { Suspense, lazy, type ReactNode } from 'react';
import type { MessengerId } from '../../content/messengers.ts';
import { useProgressStore } from '../../store/hooks.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { index } from '../../catalog/catalog.ts';
import { messengersInUse } from './in-use.ts';
import { withMessages } from '../../i18n/i18n.tsx';

type Records = Readonly<Record<string, ItemRecord>>;

// The returning person's views are not on the first route, nor are their words: a newcomer
// never loads them. If they cannot load, the newcomer's view simply stays.
const returning = withMessages(() => import('./Returning.tsx'));
const orNothing = () => returning().catch(() => ({ Continue: Nothing, EssentialsProgress: Nothing }));
const Nothing = () => null;
const Continue = lazy<(props: { mine: readonly MessengerId[]; records: Records }) => ReactNode>(() =>
  orNothing().then((m) => ({ default: m.Continue })),
);
export const EssentialsProgress = lazy<(props: { messenger: MessengerId; records: Records }) => ReactNode>(() =>
  orNothing().then((m) => ({ default: m.EssentialsProgress })),
);

const NONE: readonly MessengerId[] = [];

const NO_RECORDS: Records = {};

/**
 * The messengers this person uses (chosen or ticked in), once progress has loaded; none before,
 * and none for a newcomer. Nothing saved reads as undefined, as before progress loaded, so its
 * arrival does not render a newcomer's home page again (hooks.ts).
 */
export function useMessengersInUse(): { mine: readonly MessengerId[]; records?: Records } {
  const records = useProgressStore((state) => (hasAny(state.items) ? state.items : undefined));
  const chosen = useProgressStore((state) => (state.preferences.messengers.length ? state.preferences.messengers : undefined));
  if (!records && !chosen) return { mine: NONE };
  const saved = records ?? NO_RECORDS;
  return { mine: messengersInUse(index, saved, chosen ?? NONE), records: saved };
}

function hasAny(records: Records): boolean {
  for (const _ in records) return true;
  return false;
}

/**
 * Two states in one grid cell: `first` (prerendered), and `view` once there is one and it has
 * loaded. The placeholder holds the view's room from the start; CSS shows one or the other.
 */
export function Stack({ first, placeholder, view, className = '' }: { first: ReactNode; placeholder: ReactNode; view?: ReactNode; className?: string }) {
  const back = view !== undefined;
  const waiting = (
    <div className="placeholder" aria-hidden="true">
      {placeholder}
    </div>
  );
  return (
    <div className={`stack ${className}`}>
      <div aria-hidden={back || undefined}>{first}</div>
      {/* The view needs this browser's progress: without JavaScript it takes no room. */}
      <div className="js-only">
        {back ? <Suspense fallback={waiting}>{view}</Suspense> : waiting}
      </div>
    </div>
  );
}

/** A line of two at most, and a 48 px link: the same height whatever it says (CSS). */
export function NextText({ text, link }: { text: ReactNode; link?: ReactNode }) {
  return (
    <>
      <p className="next-text">{text ?? '\u00a0'}</p>
      {link ?? <span className="continue" />}
    </>
  );
}

export function StartHere({ children }: { children: ReactNode }) {
  const { mine, records } = useMessengersInUse();
  return (
    <Stack
      className="start-here"
      first={children}
      placeholder={<NextText text={null} />}
      view={records && mine.length ? <Continue mine={mine} records={records} /> : undefined}
    />
  );
}
