// The home page's way into each messenger: the person's own messengers first, with progress.
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import { MESSENGERS, MESSENGER_IDS, type MessengerId } from '../../content/messengers.ts';
import { useProgressStore, useStoreReady } from '../../store/hooks.ts';
import { indexFor } from '../../catalog/catalog.ts';
import { LazyGlyph } from '../../components/LazyGlyph.tsx';
import { ProgressSummary } from './ProgressSummary.tsx';

function MessengerCard({ id }: { id: MessengerId }) {
  const list = indexFor(id);
  const essential = list.filter((item) => item.priority === 'essential').length;
  return (
    <li className="card">
      <Link to={paths.messenger(id)} className="card-link">
        <LazyGlyph mark={id} />
        {MESSENGERS[id].name}
        <LazyGlyph icon="chevron" />
      </Link>
      <p>{MESSENGERS[id].summary}</p>
      <p className="meta">
        {list.length} steps, {essential} essential
      </p>
      <ProgressSummary messenger={id} />
    </li>
  );
}

export function MessengerOverview() {
  const ready = useStoreReady();
  const mine = useProgressStore((state) => state.preferences.messengers) ?? [];
  const others = MESSENGER_IDS.filter((id) => !mine.includes(id));
  return (
    <>
      <h2 id="choose-messenger">{mine.length ? 'Your messengers' : 'Choose a messenger'}</h2>
      <ul className="messenger-list" aria-labelledby="choose-messenger">
        {(mine.length ? mine : others).map((id) => (
          <MessengerCard key={id} id={id} />
        ))}
      </ul>
      {ready && mine.length === 0 ? (
        <p>
          Tip: <Link to={paths.settings()}>choose the messengers and devices you use</Link> to see only what applies to
          you.
        </p>
      ) : null}
      {mine.length && others.length ? (
        <>
          <h2 id="other-messengers">Other messengers</h2>
          <ul className="messenger-list" aria-labelledby="other-messengers">
            {others.map((id) => (
              <MessengerCard key={id} id={id} />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
