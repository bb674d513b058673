// Where the guidance comes from, under which licences, how it is translated, and how to report a mistake.
import type { ReactNode } from 'react';
import { Link } from '../../components/links.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { usePageTitle } from '../../components/page-title.tsx';
import { SOURCE_DOCUMENTS } from '../../content/labels.ts';
import { useT } from '../../i18n/i18n.tsx';
import { CHANGES_FEED, paths } from '../../routing/routes.ts';

// File names and frontmatter, the same in every language.
const EXAMPLE_FILE = 'content/signal/registration-lock.md';
const TRANSLATED_STEP_FILE = 'content/<locale>/<messenger>/<item>.md';
const MESSAGE_FILES = 'src/i18n/messages/<locale>/*.json';
const REVIEW_FIELD = 'review: { by: <name>, date: <YYYY-MM-DD> }';

export function AboutPage() {
  const t = useT();
  usePageTitle(t('pages.about.title'));
  const { internews, moj } = SOURCE_DOCUMENTS;
  // Source documents and licences keep their English names; in another language the page says so
  // (lang="en"). On a right-to-left page, English names, file names and addresses run left to right.
  const ltr = t.dir === 'rtl' ? 'ltr' : undefined;
  const english = (text: ReactNode): ReactNode =>
    t.locale === 'en' ? (
      text
    ) : (
      <span lang="en" dir={ltr}>
        {text}
      </span>
    );
  const code = (text: string) => <code dir={ltr}>{text}</code>;
  return (
    <>
      <h1 tabIndex={-1}>{t('pages.about.heading')}</h1>
      <p className="lead">{t('pages.about.lead')}</p>

      <h2>{t('pages.about.sourcesHeading')}</h2>
      <p>{t('pages.about.sourcesIntro')}</p>
      <ul>
        <li>
          {t.rich('pages.about.sourceInternews', {
            title: english(internews.title),
            author: english(internews.author),
            licence: <ExternalLink href={internews.licenceUrl}>{english(internews.licence)}</ExternalLink>,
          })}
        </li>
        <li>
          {t.rich('pages.about.sourceMoj', {
            title: english(moj.title),
            author: english(moj.author),
            licence: english(moj.licence),
            link: (parts: ReactNode) => <ExternalLink href={moj.url ?? moj.licenceUrl}>{parts}</ExternalLink>,
          })}
        </li>
      </ul>
      <p>{t('pages.about.checked')}</p>
      <p>
        {t.rich('pages.about.changes', {
          link: (parts: ReactNode) => <Link to={paths.changes()}>{parts}</Link>,
          feed: (
            <a href={CHANGES_FEED} dir={ltr}>
              {CHANGES_FEED}
            </a>
          ),
        })}
      </p>

      <h2 id="licences">{t('pages.about.licencesHeading')}</h2>
      <p>
        {t.rich('pages.about.licences', {
          en: english,
          licence: <ExternalLink href={internews.licenceUrl}>{english(internews.licence)}</ExternalLink>,
        })}
      </p>

      <h2 id="translations">{t('pages.about.translationsHeading')}</h2>
      <p>{t('pages.about.translationsIntro')}</p>
      <p>{t('pages.about.translationsMenus')}</p>
      <p>{t('pages.about.translationsReview')}</p>
      <p>
        {t.rich('pages.about.translationsHow', {
          stepFile: code(TRANSLATED_STEP_FILE),
          messageFiles: code(MESSAGE_FILES),
          reviewField: code(REVIEW_FIELD),
        })}
      </p>

      <h2>{t('pages.about.reportHeading')}</h2>
      <p>{t.rich('pages.about.report', { file: code(EXAMPLE_FILE) })}</p>
    </>
  );
}
