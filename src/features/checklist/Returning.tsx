// What the home page shows a returning person, loaded only once their progress says they are
// back: the "Continue" to their next step, and the essentials done per messenger they use.
// Each renders into space its placeholder (StartHere.tsx) already holds.
import { useState, type ReactNode } from 'react';
import { Link } from '../../components/links.tsx';
import { paths } from '../../routing/routes.ts';
import { MESSENGERS, type MessengerId } from '../../content/messengers.ts';
import { itemKey } from '../../store/model.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { index, indexFor } from '../../catalog/catalog.ts';
import { useCatalog } from '../../catalog/entries.ts';
import { useT } from '../../i18n/i18n.tsx';
import { NextText } from './StartHere.tsx';
import { continueStep, essentialsDone } from './next-step.ts';

type Records = Readonly<Record<string, ItemRecord>>;

const strong = (parts: ReactNode) => <strong>{parts}</strong>;

export function Continue({ mine, records }: { mine: readonly MessengerId[]; records: Records }) {
  const t = useT();
  const catalog = useCatalog();
  const [now] = useState(() => new Date());
  const next = continueStep(index, mine, records, now);
  if (!next) {
    return (
      <NextText
        text={t('list.returning.allDone')}
        link={
          <Link className="continue" to={paths.changes()}>
            {t('list.returning.seeChanges')}
          </Link>
        }
      />
    );
  }
  const { item, status } = next;
  const title = catalog.entry(itemKey(item.messenger, item.id))?.title ?? '';
  const messenger = MESSENGERS[item.messenger].name;
  return (
    <NextText
      text={
        status === 'todo'
          ? t.rich('list.returning.next', { priority: item.priority, messenger, title, strong })
          : t.rich('list.returning.checkAgain', { messenger, title, strong })
      }
      link={
        <Link className="continue" to={paths.item(item.messenger, item.id)} aria-label={t('list.returning.continue.label', { title })}>
          {t('list.returning.continue')}
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
  const t = useT();
  return (
    <p className="essentials-bar">
      <span>{t('list.returning.essentialsDone', { done, total })}</span>
      <progress className="bar" max={Math.max(total, 1)} value={done} aria-hidden="true" />
    </p>
  );
}
