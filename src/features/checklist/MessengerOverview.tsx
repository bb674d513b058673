// The home page's way into each messenger: its essentials and how long they take, or, for a
// messenger the person uses, how many of its essentials they have done. Always in the same
// order, so nothing moves when progress loads.
import { Suspense, use } from 'react';
import { Link } from '../../components/links.tsx';
import { paths } from '../../routing/routes.ts';
import { MESSENGERS, MESSENGER_IDS, type MessengerId } from '../../content/messengers.ts';
import type { ItemRecord } from '../../store/schema.ts';
import { indexFor, preloadEntries } from '../../catalog/catalog.ts';
import { preload } from '../../catalog/loaded.ts';
import { aboutMinutes, totalMinutes } from '../../i18n/minutes.ts';
import { EssentialsProgress, Stack, useMessengersInUse } from './StartHere.tsx';
import { LazyGlyph } from '../../components/LazyGlyph.tsx';
import { useLocale, useT } from '../../i18n/i18n.tsx';
import type { Locale } from '../../i18n/locales.ts';

const NO_RECORDS: Readonly<Record<string, ItemRecord>> = {};

function MessengerCard({ id, records }: { id: MessengerId; records?: Readonly<Record<string, ItemRecord>> }) {
  const t = useT();
  const essentials = indexFor(id).filter((item) => item.priority === 'essential').length;
  return (
    <li className="card">
      <Link to={paths.messenger(id)} className="card-link">
        <LazyGlyph mark={id} />
        {MESSENGERS[id].name}
        <LazyGlyph icon="chevron" />
      </Link>
      <Stack
        first={
          <p className="meta">
            {t('shell.overview.essentials', { count: essentials })}
            {/* Minutes come with the item entries, loaded after the first paint (the prerender has them). */}
            <Suspense fallback={null}>
              <EssentialMinutes id={id} />
            </Suspense>
          </p>
        }
        placeholder={<p className="essentials-bar">{'\u00a0'}</p>}
        view={records ? <EssentialsProgress messenger={id} records={records} /> : undefined}
      />
    </li>
  );
}

// The page language's entries, or none if they cannot load: a count without minutes rather
// than a failed page. (Minutes are the same in every language; these are the entries the
// page's progress loads anyway.)
const entriesOrNone = (locale: Locale) => preload(`home/entries-or-none/${locale}`, () => preloadEntries(locale).catch(() => []));

function EssentialMinutes({ id }: { id: MessengerId }) {
  const t = useT();
  const minutes = totalMinutes(use(entriesOrNone(useLocale())).filter((item) => item.messenger === id && item.priority === 'essential'));
  return minutes ? t('shell.overview.minutes', { time: aboutMinutes(t, minutes) }) : null;
}

export function MessengerOverview() {
  const t = useT();
  const { mine, records } = useMessengersInUse();
  return (
    <>
      <h2 id="choose-messenger">{t('shell.overview.title')}</h2>
      <ul className="messenger-list" aria-labelledby="choose-messenger">
        {MESSENGER_IDS.map((id) => (
          <MessengerCard key={id} id={id} records={mine.includes(id) ? (records ?? NO_RECORDS) : undefined} />
        ))}
      </ul>
    </>
  );
}
