// Where the guidance comes from, under which licences, and how to report a mistake.
import { Link } from 'react-router';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { usePageTitle } from '../../components/page-title.tsx';
import { SOURCE_DOCUMENTS } from '../../content/labels.ts';
import { CHANGES_FEED, paths } from '../../routing/routes.ts';

export function AboutPage() {
  usePageTitle('About');
  const { internews, moj } = SOURCE_DOCUMENTS;
  return (
    <>
      <h1 tabIndex={-1}>About this checklist</h1>
      <p className="lead">
        A free, open-source checklist for locking down WhatsApp, Signal and Telegram. It runs entirely in your browser:
        it sends nothing about you anywhere and loads nothing from other sites.
      </p>

      <h2>Sources</h2>
      <p>The guidance is written in this project&rsquo;s own words from two documents:</p>
      <ul>
        <li>
          &ldquo;{internews.title}&rdquo; by {internews.author}, published under{' '}
          <ExternalLink href={internews.licenceUrl}>{internews.licence}</ExternalLink>. Covers two-step verification,
          disappearing messages, Signal usernames, security notifications, relayed calls and encrypted backups.
        </li>
        <li>
          &ldquo;{moj.title}&rdquo;, {moj.author}, published under the {moj.licence} licence in the{' '}
          <ExternalLink href={moj.url ?? moj.licenceUrl}>ministryofjustice/security-guidance repository</ExternalLink>.
          Covers how WhatsApp accounts are taken over and how to prevent and recover from it.
        </li>
      </ul>
      <p>
        Vendors move settings between app versions, so every step was also checked against the vendor&rsquo;s own help
        pages and app, and each step shows the date it was last checked. Where a vendor changed something since the
        source documents were written, the step says so. Where a menu path could not be confirmed on the vendor&rsquo;s
        own pages, the step warns you.
      </p>
      <p>
        When the steps change, the change is recorded with the date and a plain sentence: <Link to={paths.changes()}>What
        changed</Link> lists them all, newest first, and the same list is a feed for feed readers at{' '}
        <a href={CHANGES_FEED}>{CHANGES_FEED}</a>.
      </p>

      <h2 id="licences">Licences</h2>
      <p>
        The written guidance is published under the Creative Commons Attribution-ShareAlike 4.0 International licence (
        <ExternalLink href={internews.licenceUrl}>CC BY-SA 4.0</ExternalLink>). It adapts and changes the Internews
        guides (CC BY-SA 4.0) and includes material from the Ministry of Justice guidance (MIT licence, Crown
        Copyright). You may share and adapt it if you credit these sources and share your changes under the same
        licence.
      </p>

      <h2>Report a mistake</h2>
      <p>
        If a menu path or label on a step does not match your app, please tell us: open an issue in the project&rsquo;s
        repository, name the step&rsquo;s file (shown at the foot of each step, for example{' '}
        <code>content/signal/registration-lock.md</code>), your app version and your phone or computer. Do not include
        anything that identifies you or your contacts.
      </p>
    </>
  );
}
