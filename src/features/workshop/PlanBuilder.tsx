// Planning a workshop: pick messengers, platforms and steps (the essentials to start with, or
// the plan in the address when the presenter's "Exit" leads back here), put them in order,
// and get a link and a big QR code for the room.
import { useId, useState, type ReactNode } from 'react';
import { LazyQrCodeWhenNear } from '../../components/LazyQrCode.tsx';
import { Link } from '../../components/links.tsx';
import { useCatalog } from '../../catalog/entries.ts';
import type { ItemIndexEntry } from '../../content/schema.ts';
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS, type MessengerId, type PlatformId } from '../../content/messengers.ts';
import { PLATFORM_LABELS, PRIORITY_LABELS } from '../../content/labels.ts';
import { useT } from '../../i18n/i18n.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { itemKey } from '../../store/model.ts';
import { aboutMinutes, totalMinutes } from '../../i18n/minutes.ts';
import { essentialsFor, messengersIn, planUrls, type Plan } from './plan.ts';
import { usePlanFromAddress } from './use-plan.ts';

export function PlanBuilder() {
  const t = useT();
  const fromAddress = usePlanFromAddress();
  if (!fromAddress) {
    return (
      <noscript>
        <p>{t('workshop.planner.noScript')}</p>
      </noscript>
    );
  }
  return <PlanForm initial={fromAddress.ok ? fromAddress.value : undefined} />;
}

function PlanForm({ initial }: { initial: Plan | undefined }) {
  const t = useT();
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
  const urls = chosen.length ? planUrls(plan, window.location.origin, t.locale) : undefined;

  return (
    <>
      <form className="preferences" onSubmit={(event) => event.preventDefault()}>
        <CheckboxGroup
          legend={t('workshop.planner.messengers')}
          options={MESSENGER_IDS}
          labels={(id) => MESSENGERS[id].name}
          chosen={messengers}
          onChange={chooseMessengers}
        />
        <CheckboxGroup
          legend={t('workshop.planner.devices')}
          options={PLATFORM_IDS}
          labels={(id) => t(PLATFORM_LABELS[id])}
          chosen={platforms}
          onChange={setPlatforms}
        />
        {messengers.map((messenger) => (
          <fieldset key={messenger} className="plan-steps">
            <legend>{t('workshop.planner.messengerSteps', { messenger: MESSENGERS[messenger].name })}</legend>
            {catalog.entriesFor(messenger).map((item) => {
              const key = itemKey(item.messenger, item.id);
              const choose = (checked: boolean) => setChosen(checked ? [...chosen, key] : chosen.filter((other) => other !== key));
              return <StepOption key={key} item={item} checked={chosen.includes(key)} onChange={choose} />;
            })}
          </fieldset>
        ))}
      </form>

      <h2 id="plan-order">{t('workshop.planner.order')}</h2>
      {chosen.length === 0 ? <p>{t('workshop.planner.chooseOne')}</p> : null}
      <SessionTime minutes={totalMinutes(chosen.map((key) => catalog.entry(key)!))} />
      <ol aria-labelledby="plan-order" className="plan-order">
        {chosen.map((key, position) => (
          <OrderRow key={key} item={catalog.entry(key)!} first={position === 0} last={position === chosen.length - 1} onMove={(by) => move(position, by)} />
        ))}
      </ol>

      {urls ? (
        <section aria-labelledby="workshop-link">
          <h2 id="workshop-link">{t('workshop.planner.share')}</h2>
          <p>{t('workshop.planner.shareText')}</p>
          <p className="workshop-url">
            <label>
              {t('workshop.planner.link')}
              <input type="text" readOnly value={urls.join} onFocus={(event) => event.target.select()} />
            </label>
          </p>
          <LazyQrCodeWhenNear text={urls.join} label={t('workshop.link.qrLabel')} />
          <ul>
            <li>{t.rich('workshop.planner.openPresenter', { link: (parts: ReactNode) => <Link to={urls.present}>{parts}</Link> })}</li>
            <li>
              <Link to={urls.handout}>{t('workshop.planner.openHandout')}</Link>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  );
}

// One row per component, so React can pause between rows while it draws a plan of 43 steps.

/** A step the trainer can add to the plan: its title, priority and minutes. */
function StepOption({ item, checked, onChange }: { item: ItemIndexEntry; checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useT();
  const priority = t(PRIORITY_LABELS[item.priority].name).toLocaleLowerCase(t.locale);
  return (
    <label className="tick">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {item.minutes
        ? t('workshop.planner.stepOption', { title: item.title, priority, minutes: aboutMinutes(t, item.minutes) })
        : t('workshop.planner.stepOptionUntimed', { title: item.title, priority })}
    </label>
  );
}

/** A step in the plan's order, with buttons to move it up and down. */
function OrderRow({ item, first, last, onMove }: { item: ItemIndexEntry; first: boolean; last: boolean; onMove: (by: -1 | 1) => void }) {
  const t = useT();
  return (
    <li>
      {item.minutes
        ? t('workshop.planner.orderItem', { title: item.title, messenger: MESSENGERS[item.messenger].name, minutes: aboutMinutes(t, item.minutes) })
        : t('workshop.planner.orderItemUntimed', { title: item.title, messenger: MESSENGERS[item.messenger].name })}{' '}
      <button type="button" disabled={first} onClick={() => onMove(-1)} aria-label={t('workshop.planner.moveUpLabel', { title: item.title })}>
        {t('workshop.planner.moveUp')}
      </button>{' '}
      <button type="button" disabled={last} onClick={() => onMove(1)} aria-label={t('workshop.planner.moveDownLabel', { title: item.title })}>
        {t('workshop.planner.moveDown')}
      </button>
    </li>
  );
}

/** The plan's steps against the time the trainer has: the steps' estimates, not counting talk. */
function SessionTime({ minutes }: { minutes: number }) {
  const t = useT();
  const [session, setSession] = useState(90);
  const id = useId();
  const over = minutes > session;
  return (
    <p className="session-time">
      <label htmlFor={id}>{t('workshop.planner.sessionLength')}</label>{' '}
      <input id={id} type="number" inputMode="numeric" min={10} max={600} step={5} value={session} onChange={(event) => setSession(Number(event.target.value) || 0)} />{' '}
      <span role="status" className={over ? 'session-over' : undefined}>
        {over
          ? t('workshop.planner.sessionOver', { total: aboutMinutes(t, minutes), over: minutes - session })
          : t('workshop.planner.sessionLeft', { total: aboutMinutes(t, minutes), left: session - minutes })}
      </span>
    </p>
  );
}
