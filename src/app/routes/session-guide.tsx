// "Running the session": how to run a 90-minute hardening workshop with this checklist, for
// trainers. Plain text, prerendered and printable next to the handout.
import { Link } from 'react-router';
import { useHydrated } from '../../components/hydration.tsx';
import { usePageTitle } from '../../components/page-title.tsx';
import { paths } from '../../routing/routes.ts';

/** The session's blocks, in order; the times are added up from the minutes. */
const AGENDA = [
  {
    title: 'Welcome and threat check',
    minutes: 10,
    text: 'Say what the session is for and what it is not: we change settings on our own phones, we do not look at anyone’s messages. Ask the room, without names, what worries people most: a stolen phone, someone logging in to their account, being added to groups by strangers, scams. Pick the steps that answer those worries first.',
  },
  {
    title: 'Essentials, one messenger at a time',
    minutes: 50,
    text: 'Show one step per screen in the presenter view and do it together. Start with the messenger most people use. Plan about 15 minutes per messenger, and wait until most people are done before you go on. Helpers walk around for the people who are stuck.',
  },
  {
    title: 'The recovery path',
    minutes: 15,
    text: 'Walk through what to do if an account is taken over: which steps come first, who to tell, and what the checklist’s recovery page says for each messenger. Nobody has to do these steps today; they should know where to find them.',
  },
  {
    title: 'Questions and what comes next',
    minutes: 15,
    text: 'Answer questions, hand out the printed handout, and show the QR code again so people can finish the steps at home. Remind them that their ticks stay on their own phone.',
  },
] as const;

/** When each block starts, in minutes from the start of the session. */
const STARTS = AGENDA.map((_block, position) => AGENDA.slice(0, position).reduce((sum, earlier) => sum + earlier.minutes, 0));

const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

export function SessionGuidePage() {
  usePageTitle('Running the session');
  const hydrated = useHydrated();
  return (
    <div className="session-guide">
      <h1 tabIndex={-1}>Running the session</h1>
      <p className="lead">
        A plan for a 90-minute workshop where people make their messengers safer on their own phones. Change it to fit
        your room: <Link to={paths.workshop()}>plan the steps of your workshop</Link>, and print this page with the
        handout.
      </p>
      {hydrated ? (
        <p className="no-print">
          <button type="button" onClick={() => window.print()}>
            Print this guide
          </button>
        </p>
      ) : null}

      <section aria-labelledby="guide-agenda">
        <h2 id="guide-agenda">A 90-minute session</h2>
        <ol className="agenda">
          {AGENDA.map((block, position) => (
            <li key={block.title}>
              <h3>{block.title}</h3>
              <p className="meta">
                {clock(STARTS[position]!)} to {clock(STARTS[position]! + block.minutes)}, {block.minutes} minutes
              </p>
              <p>{block.text}</p>
            </li>
          ))}
        </ol>
        <p>
          Most steps take a few minutes each; the planner adds them up against the length of your session. Updates,
          forgotten passwords and questions take longer than you expect: leave time for them rather than adding steps.
        </p>
      </section>

      <section aria-labelledby="guide-helpers">
        <h2 id="guide-helpers">Helpers in the room</h2>
        <ul>
          <li>Bring one helper for every 5 or 6 people. Put people who use the same messenger near each other.</li>
          <li>Helpers should know Android and iPhone, and have done the steps on their own phones before the session.</li>
          <li>A helper points and explains. They only touch someone’s phone when that person asks them to.</li>
        </ul>
      </section>

      <section aria-labelledby="guide-bring">
        <h2 id="guide-bring">What to bring</h2>
        <ul>
          <li>Chargers for Android and iPhone, and a power strip. Some steps need a phone with battery left.</li>
          <li>A printed handout for each person: open it from the workshop planner.</li>
          <li>
            The workshop QR code: press Q in the presenter view, or print it, so people can open the steps on their own
            phones.
          </li>
          <li>
            Spare time for updates. Older app versions miss some settings; ask people to update their apps before the
            session if they can.
          </li>
        </ul>
      </section>

      <section aria-labelledby="guide-different">
        <h2 id="guide-different">When someone’s phone is different</h2>
        <ul>
          <li>
            <strong>An older app version:</strong> update the app if the person agrees and the network allows. If not,
            the setting may be missing or in another place.
          </li>
          <li>
            <strong>Another language:</strong> the menu names are different. Find the same place by its position and
            icon, or open the vendor’s help page in that language.
          </li>
          <li>
            <strong>Menus moved:</strong> apps change their menus often. Use the vendor’s help link shown with each step.
          </li>
          <li>
            <strong>Still stuck:</strong> skip the step, note which step and which phone, and come back to it later. Do
            not guess at settings.
          </li>
        </ul>
      </section>

      <section aria-labelledby="guide-consent">
        <h2 id="guide-consent">Consent and privacy in the room</h2>
        <ul>
          <li>Never ask to see someone’s messages, contacts or photos. Nobody has to say which messenger they use or why.</li>
          <li>People do every step on their own phone, with their own hands.</li>
          <li>Do not take photos of the room or of screens. No sign-in sheet is needed.</li>
          <li>
            The checklist keeps people’s ticks on their own phone. Nothing about them is sent to you or anyone else.
          </li>
          <li>
            If someone thinks their account has already been taken over, help them privately and show them the{' '}
            <Link to={paths.recovery()}>recovery page</Link>.
          </li>
        </ul>
      </section>
    </div>
  );
}
