// "My account was taken over": the recovery steps for one messenger, in order, each with a
// tick box, reachable from the home page and every messenger page without any setup. The
// steps are the messenger's account-takeover-recovery item in content/.
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import { Blocks } from '../../components/Blocks.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { MESSENGERS, type MessengerId } from '../../content/messengers.ts';
import type { Block, ChecklistItem } from '../../content/schema.ts';
import { store } from '../../store/deferred.ts';
import { useProgressStore, useStoreReady } from '../../store/hooks.ts';
import { RECOVERY_ITEM_ID, essentialsOf, useRecoveryItem } from '../../catalog/catalog.ts';

/** The person's ticks on recovery steps: `recovery/<messenger>-<step number>`. */
export const recoveryKey = (messenger: MessengerId, step: number) => `recovery/${messenger}-${step}`;

type ListItem = Extract<Block, { type: 'list' }>['items'][number];

/** The numbered steps of an item, in order, across its step groups. */
function numberedSteps(item: ChecklistItem): ListItem[] {
  return item.steps.flatMap((group) => group.blocks.flatMap((block) => (block.type === 'list' && block.ordered ? block.items : [])));
}

export function RecoveryPath({ messenger }: { messenger: MessengerId }) {
  const item = useRecoveryItem(messenger);
  if (!item) return <p>There are no recovery steps for {MESSENGERS[messenger].name} yet.</p>;
  const steps = numberedSteps(item);
  const prevention = essentialsOf([messenger]).filter((entry) => entry.id !== RECOVERY_ITEM_ID);

  return (
    <>
      <p className="lead">Do these now, in this order. You do not need to have used this checklist before.</p>
      <Blocks blocks={item.why} />
      {item.unconfirmed ? (
        <aside className="notice notice-unconfirmed" aria-labelledby="recovery-unconfirmed">
          <h2 id="recovery-unconfirmed">Not confirmed by {MESSENGERS[messenger].name}</h2>
          <p>{item.unconfirmed}</p>
        </aside>
      ) : null}
      <section aria-labelledby="recovery-steps">
        <h2 id="recovery-steps">What to do now</h2>
        <ol className="recovery-steps">
          {steps.map((step, position) => (
            <RecoveryStep key={position} messenger={messenger} number={position + 1} step={step} />
          ))}
        </ol>
      </section>
      {item.caveats.length ? (
        <>
          <h2>Good to know</h2>
          <Blocks blocks={item.caveats} />
        </>
      ) : null}
      <h2>{MESSENGERS[messenger].name}&rsquo;s own help</h2>
      <ul>
        {item.links.map((link) => (
          <li key={link.url}>
            <ExternalLink href={link.url}>{link.title}</ExternalLink>
          </li>
        ))}
      </ul>
      <h2>Afterwards: keep it from happening again</h2>
      <ul>
        {prevention.map((entry) => (
          <li key={entry.id}>
            <Link to={paths.item(messenger, entry.id)}>{entry.title}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function RecoveryStep({ messenger, number, step }: { messenger: MessengerId; number: number; step: ListItem }) {
  const ready = useStoreReady();
  const key = recoveryKey(messenger, number);
  const done = useProgressStore((state) => state.items[key]?.status === 'done') ?? false;
  return (
    <li>
      <Blocks blocks={step as Block[]} />
      {ready ? (
        <label className="tick">
          <input
            type="checkbox"
            checked={done}
            onChange={(event) =>
              store()
                .useProgress.getState()
                .setStatus({ messenger: 'recovery', id: `${messenger}-${number}`, revision: 1 }, event.target.checked ? 'done' : 'todo')
            }
            aria-label={`Done: step ${number}`}
          />
          Done
        </label>
      ) : (
        <div className="status-controls js-only" />
      )}
    </li>
  );
}
