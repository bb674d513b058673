// The start screen: what this is and a way into each messenger's checklist for a newcomer, a
// "Continue" and progress per messenger for a returning person, and help after a takeover.
import { Link } from 'react-router';
import { usePageTitle } from '../../components/page-title.tsx';
import { MessengerOverview } from '../../features/checklist/MessengerOverview.tsx';
import { StartHere } from '../../features/checklist/StartHere.tsx';
import { paths } from '../../routing/routes.ts';

export function HomePage() {
  usePageTitle();
  return (
    <>
      <h1 tabIndex={-1}>Make your messenger account safer</h1>
      <StartHere>
        <p className="lead">
          Short steps that make it harder for others to take over your WhatsApp, Signal or Telegram account. Start with
          the essential ones: most take a few minutes.
        </p>
      </StartHere>
      <p className="urgent">
        <Link to={paths.recovery()}>My account was taken over: what to do now</Link>
      </p>
      <MessengerOverview />
      <h2>How it works</h2>
      <ul>
        <li>Each step says why it matters, where the setting sits in the app, and what to watch out for.</li>
        <li>Every step links to the vendor&rsquo;s own help page, so you can check the instructions at the source.</li>
        <li>Tick steps off as you go. Your progress is saved only in this browser, on this device.</li>
        <li>This site makes no requests to anyone else and keeps nothing about you.</li>
      </ul>
      <h2>For trainers</h2>
      <p>
        <Link to={paths.workshop()}>Plan a workshop</Link>: choose the steps for your room, share them with one link or QR
        code, present them one per screen, and print a handout.
      </p>
      <h2>Where the guidance comes from</h2>
      <p>
        The steps are adapted from guides by Internews and the UK Ministry of Justice, and checked against the vendors&rsquo;
        help pages. <Link to={paths.about()}>Read about the sources and licences</Link>.
      </p>
    </>
  );
}
