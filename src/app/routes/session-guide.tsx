// "Running the session": how to run a 90-minute hardening workshop with this checklist, for
// trainers. Plain text, prerendered and printable next to the handout; every paragraph is a
// message (src/i18n/messages/<locale>/workshop.json).
import type { ReactNode } from 'react';
import { Link } from '../../components/links.tsx';
import { useHydrated } from '../../components/hydration.tsx';
import { usePageTitle } from '../../components/page-title.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import type { Locale } from '../../i18n/locales.ts';
import { paths } from '../../routing/routes.ts';

/** The session's blocks, in order; the times are added up from the minutes. */
const AGENDA: readonly { id: string; title: MessageKey; text: MessageKey; minutes: number }[] = [
  { id: 'welcome', title: 'workshop.guide.agenda.welcome.title', text: 'workshop.guide.agenda.welcome.text', minutes: 10 },
  { id: 'essentials', title: 'workshop.guide.agenda.essentials.title', text: 'workshop.guide.agenda.essentials.text', minutes: 50 },
  { id: 'recovery', title: 'workshop.guide.agenda.recovery.title', text: 'workshop.guide.agenda.recovery.text', minutes: 15 },
  { id: 'questions', title: 'workshop.guide.agenda.questions.title', text: 'workshop.guide.agenda.questions.text', minutes: 15 },
];

/** When each block starts, in minutes from the start of the session. */
const STARTS = AGENDA.map((_block, position) => AGENDA.slice(0, position).reduce((sum, earlier) => sum + earlier.minutes, 0));

/** Hours and minutes on a clock, "1:15", in the language's digits. */
function clock(minutes: number, locale: Locale): string {
  const hours = formatNumber(Math.floor(minutes / 60), locale);
  const rest = formatNumber(minutes % 60, locale, 2);
  return `${hours}:${rest}`;
}

const strong = (parts: ReactNode) => <strong>{parts}</strong>;

export function SessionGuidePage() {
  const t = useT();
  usePageTitle(t('workshop.guide.title'));
  const hydrated = useHydrated();
  return (
    <div className="session-guide">
      <h1 tabIndex={-1}>{t('workshop.guide.title')}</h1>
      <p className="lead">{t.rich('workshop.guide.lead', { link: (parts: ReactNode) => <Link to={paths.workshop()}>{parts}</Link> })}</p>
      {hydrated ? (
        <p className="no-print">
          <button type="button" onClick={() => window.print()}>
            {t('workshop.guide.print')}
          </button>
        </p>
      ) : null}

      <section aria-labelledby="guide-agenda">
        <h2 id="guide-agenda">{t('workshop.guide.agenda.heading')}</h2>
        <ol className="agenda">
          {AGENDA.map((block, position) => (
            <li key={block.id}>
              <h3>{t(block.title)}</h3>
              <p className="meta">
                {t('workshop.guide.agenda.time', {
                  start: clock(STARTS[position]!, t.locale),
                  end: clock(STARTS[position]! + block.minutes, t.locale),
                  minutes: block.minutes,
                })}
              </p>
              <p>{t(block.text)}</p>
            </li>
          ))}
        </ol>
        <p>{t('workshop.guide.agenda.note')}</p>
      </section>

      <section aria-labelledby="guide-helpers">
        <h2 id="guide-helpers">{t('workshop.guide.helpers.heading')}</h2>
        <ul>
          <li>{t('workshop.guide.helpers.howMany')}</li>
          <li>{t('workshop.guide.helpers.know')}</li>
          <li>{t('workshop.guide.helpers.touch')}</li>
        </ul>
      </section>

      <section aria-labelledby="guide-bring">
        <h2 id="guide-bring">{t('workshop.guide.bring.heading')}</h2>
        <ul>
          <li>{t('workshop.guide.bring.chargers')}</li>
          <li>{t('workshop.guide.bring.handout')}</li>
          <li>{t('workshop.guide.bring.qrCode')}</li>
          <li>{t('workshop.guide.bring.updates')}</li>
        </ul>
      </section>

      <section aria-labelledby="guide-different">
        <h2 id="guide-different">{t('workshop.guide.different.heading')}</h2>
        <ul>
          <li>{t.rich('workshop.guide.different.olderVersion', { strong })}</li>
          <li>{t.rich('workshop.guide.different.language', { strong })}</li>
          <li>{t.rich('workshop.guide.different.menusMoved', { strong })}</li>
          <li>{t.rich('workshop.guide.different.stuck', { strong })}</li>
        </ul>
      </section>

      <section aria-labelledby="guide-consent">
        <h2 id="guide-consent">{t('workshop.guide.consent.heading')}</h2>
        <ul>
          <li>{t('workshop.guide.consent.noLooking')}</li>
          <li>{t('workshop.guide.consent.ownHands')}</li>
          <li>{t('workshop.guide.consent.noPhotos')}</li>
          <li>{t('workshop.guide.consent.ticks')}</li>
          <li>{t.rich('workshop.guide.consent.takenOver', { link: (parts: ReactNode) => <Link to={paths.recovery()}>{parts}</Link> })}</li>
        </ul>
      </section>
    </div>
  );
}
