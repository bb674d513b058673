// The start screen: what this is, for whom, and a way into each messenger's checklist.
import { Link } from 'react-router';
import { MESSENGERS, MESSENGER_IDS } from '../../content/messengers.ts';
import { SITE_NAME, usePageTitle } from '../../components/page-title.tsx';
import { itemsFor } from '../../features/checklist/catalog.ts';
import { paths } from '../paths.ts';

export function HomePage() {
  usePageTitle();
  return (
    <>
      <h1 tabIndex={-1}>{SITE_NAME}</h1>
      <p className="lead">
        Step-by-step settings that protect your WhatsApp, Signal and Telegram accounts against takeover, a lost phone,
        location leaks and leaked backups. Written for journalists, activists, public servants, their families, and the
        trainers who help them.
      </p>
      <h2 id="choose-messenger">Choose a messenger</h2>
      <ul className="messenger-list" aria-labelledby="choose-messenger">
        {MESSENGER_IDS.map((id) => {
          const list = itemsFor(id);
          const essential = list.filter((item) => item.priority === 'essential').length;
          return (
            <li key={id}>
              <Link to={paths.messenger(id)}>{MESSENGERS[id].name}</Link>
              <p>{MESSENGERS[id].summary}</p>
              <p className="meta">
                {list.length} steps, {essential} essential
              </p>
            </li>
          );
        })}
      </ul>
      <h2>How it works</h2>
      <ul>
        <li>Each step says why it matters, where the setting sits in the app, and what to watch out for.</li>
        <li>Every step links to the vendor&rsquo;s own help page, so you can check the instructions at the source.</li>
        <li>This site makes no requests to anyone else and keeps nothing about you.</li>
      </ul>
      <h2>Where the guidance comes from</h2>
      <p>
        The steps are adapted from guides by Internews and the UK Ministry of Justice, and checked against the vendors&rsquo;
        help pages. <Link to={paths.about()}>Read about the sources and licences</Link>.
      </p>
    </>
  );
}
