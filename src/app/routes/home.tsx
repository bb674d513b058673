// The start screen: what this is and a way into each messenger's checklist for a newcomer, a
// "Continue" and progress per messenger for a returning person, and help after a takeover.
// Its words are `shell.*` messages: they load with the first page (a returning person's view loads its own).
import type { ReactNode } from 'react';
import { Link } from '../../components/links.tsx';
import { usePageTitle } from '../../components/page-title.tsx';
import { MessengerOverview } from '../../features/checklist/MessengerOverview.tsx';
import { StartHere } from '../../features/checklist/StartHere.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { paths } from '../../routing/routes.ts';

export function HomePage() {
  const t = useT();
  usePageTitle();
  return (
    <>
      <h1 tabIndex={-1}>{t('shell.home.title')}</h1>
      <StartHere>
        <p className="lead">{t('shell.home.lead')}</p>
      </StartHere>
      <p className="urgent">
        <Link to={paths.recovery()}>{t('shell.home.takenOver')}</Link>
      </p>
      <MessengerOverview />
      <h2>{t('shell.home.howItWorks.title')}</h2>
      <ul>
        <li>{t('shell.home.howItWorks.why')}</li>
        <li>{t('shell.home.howItWorks.source')}</li>
        <li>{t('shell.home.howItWorks.tick')}</li>
        <li>{t('shell.home.howItWorks.private')}</li>
      </ul>
      <h2>{t('shell.home.trainers.title')}</h2>
      <p>{t.rich('shell.home.trainers.text', { link: (parts: ReactNode) => <Link to={paths.workshop()}>{parts}</Link> })}</p>
      <h2>{t('shell.home.sources.title')}</h2>
      <p>{t.rich('shell.home.sources.text', { link: (parts: ReactNode) => <Link to={paths.about()}>{parts}</Link> })}</p>
    </>
  );
}
