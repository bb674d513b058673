// What the home page shows a returning person, loaded only once their progress says they are
// back: the "Continue" to their next step, and the essentials done per messenger they use.
// Each renders into space its placeholder (StartHere.tsx) already holds.
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import { MESSENGERS, type MessengerId } from '../../content/messengers.ts';
import { itemKey } from '../../store/model.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { index, indexFor, useCatalog } from '../../catalog/catalog.ts';
import { NextText } from './StartHere.tsx';
import { continueStep, essentialsDone } from './next-step.ts';

type Records = Readonly<Record<string, ItemRecord>>;

export function Continue({ mine, records }: { mine: readonly MessengerId[]; records: Records }) {
  const catalog = useCatalog();
  const [now] = useState(() => new Date());
  const next = continueStep(index, mine, records, now);
  if (!next) {
    return (
      <NextText
        text="You have done every essential and recommended step. Some steps ask you to check again later."
        link={
          <Link className="continue" to={paths.changes()}>
            See what changed
          </Link>
        }
      />
    );
  }
  const { item, status } = next;
  const title = catalog.entry(itemKey(item.messenger, item.id))?.title;
  const what = status === 'todo' ? `Next ${item.priority} step` : 'Check again';
  return (
    <NextText
      text={
        <>
          {what} for {MESSENGERS[item.messenger].name}: <strong>{title}</strong>
        </>
      }
      link={
        <Link className="continue" to={paths.item(item.messenger, item.id)} aria-label={`Continue: ${title}`}>
          Continue
        </Link>
      }
    />
  );
}

export function EssentialsProgress({ messenger, records }: { messenger: MessengerId; records: Records }) {
  const [now] = useState(() => new Date());
  return <EssentialsBar {...essentialsDone(indexFor(messenger), records, now)} />;
}

/** "2 of 5 essentials done" and a bar: one line, as tall as the newcomer's line it replaces (CSS); its placeholder is an empty line. */
function EssentialsBar({ done, total }: { done: number; total: number }) {
  return (
    <p className="essentials-bar">
      <span>
        {done} of {total} essentials done
      </span>
      <progress className="bar" max={Math.max(total, 1)} value={done} aria-hidden="true" />
    </p>
  );
}
