// Planning a workshop: pick messengers, platforms and steps (the essentials to start with, or
// the plan in the address when the presenter's "Exit" leads back here), put them in order,
// and get a link and a big QR code for the room.
import { useId, useState } from 'react';
import { LazyQrCode } from '../../components/LazyQrCode.tsx';
import { Link } from 'react-router';
import { useCatalog } from '../../catalog/catalog.ts';
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS, PLATFORM_NAMES, type MessengerId, type PlatformId } from '../../content/messengers.ts';
import { PRIORITY_LABELS } from '../../content/labels.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { itemKey } from '../../store/model.ts';
import { aboutMinutes, totalMinutes } from '../../i18n/minutes.ts';
import { essentialsFor, messengersIn, planUrls, type Plan } from './plan.ts';
import { usePlanFromAddress } from './use-plan.ts';

export function PlanBuilder() {
  const fromAddress = usePlanFromAddress();
  if (!fromAddress) {
    return (
      <noscript>
        <p>Planning a workshop needs JavaScript.</p>
      </noscript>
    );
  }
  return <PlanForm initial={fromAddress.ok ? fromAddress.value : undefined} />;
}

function PlanForm({ initial }: { initial: Plan | undefined }) {
  const catalog = useCatalog();
  const [messengers, setMessengers] = useState<MessengerId[]>(() => (initial ? messengersIn(initial.items) : [...MESSENGER_IDS]));
  const [platforms, setPlatforms] = useState<PlatformId[]>(() => (initial ? [...initial.platforms] : [...PLATFORM_IDS]));
  const [chosen, setChosen] = useState<string[]>(() => (initial ? [...initial.items] : essentialsFor(catalog, MESSENGER_IDS)));

  // A messenger added to the plan brings its essentials; one removed takes its steps along.
  const chooseMessengers = (next: MessengerId[]) => {
    const added = essentialsFor(catalog, next.filter((id) => !messengers.includes(id)));
    setMessengers(next);
    setChosen([...chosen.filter((key) => next.some((id) => key.startsWith(`${id}/`))), ...added.filter((key) => !chosen.includes(key))]);
  };
  const move = (position: number, by: -1 | 1) => {
    const next = [...chosen];
    const [key] = next.splice(position, 1);
    next.splice(position + by, 0, key!);
    setChosen(next);
  };
  const plan = { items: chosen, platforms };
  const urls = chosen.length ? planUrls(plan, window.location.origin) : undefined;

  return (
    <>
      <form className="preferences" onSubmit={(event) => event.preventDefault()}>
        <CheckboxGroup
          legend="Messengers"
          options={MESSENGER_IDS}
          labels={(id) => MESSENGERS[id].name}
          chosen={messengers}
          onChange={chooseMessengers}
        />
        <CheckboxGroup
          legend="Devices in the room"
          options={PLATFORM_IDS}
          labels={(id) => PLATFORM_NAMES[id]}
          chosen={platforms}
          onChange={setPlatforms}
        />
        {messengers.map((messenger) => (
          <fieldset key={messenger}>
            <legend>{MESSENGERS[messenger].name} steps</legend>
            {catalog
              .entriesFor(messenger)
              .map((item) => {
                const key = itemKey(item.messenger, item.id);
                return (
                  <label key={key} className="tick">
                    <input
                      type="checkbox"
                      checked={chosen.includes(key)}
                      onChange={(event) => setChosen(event.target.checked ? [...chosen, key] : chosen.filter((other) => other !== key))}
                    />
                    {item.title} ({PRIORITY_LABELS[item.priority].name.toLowerCase()}
                    {item.minutes ? `, ${aboutMinutes(item.minutes)}` : ''})
                  </label>
                );
              })}
          </fieldset>
        ))}
      </form>

      <h2 id="plan-order">The plan, in order</h2>
      {chosen.length === 0 ? <p>Choose at least one step.</p> : null}
      <SessionTime minutes={totalMinutes(chosen.map((key) => catalog.entry(key)!))} />
      <ol aria-labelledby="plan-order" className="plan-order">
        {chosen.map((key, position) => {
          const item = catalog.entry(key)!;
          return (
            <li key={key}>
              {item.title} ({MESSENGERS[item.messenger].name}
              {item.minutes ? `, ${aboutMinutes(item.minutes)}` : ''}){' '}
              <button type="button" disabled={position === 0} onClick={() => move(position, -1)} aria-label={`Move up: ${item.title}`}>
                Up
              </button>{' '}
              <button
                type="button"
                disabled={position === chosen.length - 1}
                onClick={() => move(position, 1)}
                aria-label={`Move down: ${item.title}`}
              >
                Down
              </button>
            </li>
          );
        })}
      </ol>

      {urls ? (
        <section aria-labelledby="workshop-link">
          <h2 id="workshop-link">Share with the room</h2>
          <p>
            Participants open this link or scan the code: they see exactly these steps and tick them off in their own
            browser. Nothing about them is collected.
          </p>
          <p className="workshop-url">
            <label>
              Workshop link
              <input type="text" readOnly value={urls.join} onFocus={(event) => event.target.select()} />
            </label>
          </p>
          <LazyQrCode text={urls.join} label="QR code of the workshop link" />
          <ul>
            <li>
              <Link to={urls.present}>Open the presenter view</Link> (one step per screen; arrow keys move)
            </li>
            <li>
              <Link to={urls.handout}>Open the printable handout</Link>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The plan's steps against the time the trainer has: the steps' estimates, not counting talk. */
function SessionTime({ minutes }: { minutes: number }) {
  const [session, setSession] = useState(90);
  const id = useId();
  const over = minutes > session;
  return (
    <p className="session-time">
      <label htmlFor={id}>Session length in minutes</label>{' '}
      <input id={id} type="number" inputMode="numeric" min={10} max={600} step={5} value={session} onChange={(event) => setSession(Number(event.target.value) || 0)} />{' '}
      <span role="status" className={over ? 'session-over' : undefined}>
        The steps take {aboutMinutes(minutes)}
        {over
          ? `: ${minutes - session} minutes more than the session. Leave some steps for another day.`
          : `, leaving ${session - minutes} minutes for talk and questions.`}
      </span>
    </p>
  );
}
