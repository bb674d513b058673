// The full guidance for one step: why it matters, the steps (per platform where they
// differ), caveats, the vendor's own pages, and where the guidance comes from. On a page in
// another language, also what the translation is: current, older than the English, or missing
// (the English shown instead), and whether a native-speaking trainer has reviewed it.
import { useState, type ReactNode } from 'react';
import { Link } from '../../components/links.tsx';
import { Part } from '../../components/Part.tsx';
import { paths } from '../../routing/routes.ts';
import { Blocks, InEnglish } from '../../components/Blocks.tsx';
import { OpenSettings } from '../../components/OpenSettings.tsx';
import { StepGroups, openWhenFolded } from '../../components/StepGroups.tsx';
import { TermList, TermsContext } from '../../components/terms.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { MESSENGERS, type PlatformId } from '../../content/messengers.ts';
import { PLATFORM_LABELS, PRIORITY_LABELS, SOURCE_DOCUMENTS, THREAT_LABELS, inRow, platformsInRow } from '../../content/labels.ts';
import type { Block, ChecklistItem, Inline, StepGroup } from '../../content/schema.ts';
import { useProgressStore } from '../../store/hooks.ts';
import { useCatalog } from '../../catalog/entries.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatList } from '../../i18n/lists.ts';
import { LOCALE_INFO } from '../../i18n/locales.ts';
import { platformView } from '../../content/platform-view.ts';
import { aboutMinutes } from '../../i18n/minutes.ts';
import { HowWeChecked } from './HowWeChecked.tsx';
import { StatusControls } from './StatusControls.tsx';
import { NextStep } from './NextStep.tsx';

const NO_PLATFORMS: readonly PlatformId[] = [];

export function ItemDetail({ item }: { item: ChecklistItem }) {
  const t = useT();
  const messenger = MESSENGERS[item.messenger];
  const { previous, next } = useCatalog().neighbours(item);
  // None chosen (and on the prerendered page, and without JavaScript): every platform is shown.
  // No choice is read as undefined, as before progress loaded, so that its arrival does not
  // render the whole page again (hooks.ts).
  const chosen = useProgressStore((state) => (state.preferences.platforms.length ? state.preferences.platforms : undefined)) ?? NO_PLATFORMS;
  const [showAll, setShowAll] = useState(false);
  const filtered = platformView(item, chosen);
  const view = showAll ? platformView(item, []) : filtered;
  const fold = chosen.length === 0;
  const long = textLength(fold ? openWhenFolded(view.steps) : view.steps) > LONG_STEPS;
  // A step not translated yet is shown in English: its own words are marked as English.
  const missing = item.translation?.status === 'missing';
  const english = missing ? ({ lang: 'en', dir: 'ltr' } as const) : {};
  const content = (node: ReactNode) => (missing ? <div {...english}>{node}</div> : node);
  const words = (text: string) => (missing ? <span {...english}>{text}</span> : text);
  const uncheckedLabels = item.translation?.labels.some((label) => !label.confirmed) ?? false;
  const platformNames = (platforms: readonly PlatformId[]) => platforms.map((platform) => t(PLATFORM_LABELS[platform]));
  const everyDays = (days: number) => t('item.detail.everyDays', { days });
  return (
    <TermsContext value={item.terms}>
      <article className="item-detail">
        <nav aria-label={t('item.detail.breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to={paths.home()}>{t('item.detail.home')}</Link>
            </li>
            <li>
              <Link to={paths.messenger(item.messenger)}>{messenger.name}</Link>
            </li>
          </ol>
        </nav>
        <h1 tabIndex={-1} {...english}>
          {item.title}
        </h1>
        {item.translation ? <TranslationNotice item={item} /> : null}
        <p className="item-protects" {...english}>
          {item.protects}
        </p>

        <Part>
          <div className={long ? 'steps-and-ticks long-steps' : 'steps-and-ticks'}>
            <section aria-labelledby="steps" className="item-steps">
              <div className="steps-head">
                <h2 id="steps">{t('item.detail.steps')}</h2>
                <p className="meta">
                  {t(PRIORITY_LABELS[item.priority].name)}
                  {item.minutes ? ` · ${aboutMinutes(t, item.minutes)}` : ''}
                  {item.recheckDays ? ` · ${everyDays(item.recheckDays)}` : ''}
                </p>
              </div>
              {uncheckedLabels ? <p className="meta labels-unchecked">{t('item.translation.labelsUnchecked')}</p> : null}
              <OpenSettings entries={view.settings} app={messenger.name} folded inEnglish={missing} />
              {/* Without a choice of platforms, the first platform's steps show and the others are one tap away. */}
              <StepGroups groups={view.steps} heading="h3" className="step-group" fold={fold} inEnglish={missing} />
              {filtered.hidden.length > 0 ? (
                <p className="meta platform-choice">
                  <label className="tick">
                    <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
                    {t('item.detail.showAll', { platforms: formatList(platformNames(filtered.hidden), t.locale) })}
                  </label>{' '}
                  {t.rich('item.detail.youChose', {
                    platforms: platformsInRow(t, chosen),
                    link: (parts: ReactNode) => <Link to={paths.settings()}>{parts}</Link>,
                  })}
                </p>
              ) : null}
              {item.unconfirmed ? (
                <p className="steps-caution">
                  <strong>{t('item.detail.notConfirmedBy', { messenger: messenger.name })}</strong> {words(item.unconfirmed)}
                </p>
              ) : null}
            </section>

            <noscript>
              <p>{t('item.detail.noScript')}</p>
            </noscript>
            {/* After long steps, kept at the bottom of the screen while they are read (styles.css), so ticking is in reach. */}
            <section aria-labelledby="your-progress" className="your-progress js-only">
              <h2 id="your-progress" className="visually-hidden">
                {t('item.detail.yourProgress')}
              </h2>
              <StatusControls item={item} variant="page" />
              <NextStep item={item} />
            </section>
          </div>
        </Part>

        {/* Below the steps: laid out only when it comes near the screen (styles.css), so a phone's first layout of the page is short. */}
        <div className="item-more">
          <Part>
            <h2>{t('item.detail.why')}</h2>
            {content(<Blocks blocks={item.why} />)}

            {item.caveats.length ? (
              <>
                <h2>{t('item.detail.caveats')}</h2>
                {content(<Blocks blocks={item.caveats} />)}
              </>
            ) : null}

            {item.changed ? (
              <section aria-labelledby={`${item.id}-changed`} className="item-changed">
                <h2 id={`${item.id}-changed`}>{t('item.detail.changed')}</h2>
                <p {...english}>{item.changed}</p>
              </section>
            ) : null}

            <h2>{t('item.detail.about')}</h2>
            <dl className="facts">
              <dt>{t('item.detail.priority')}</dt>
              <dd>{t(PRIORITY_LABELS[item.priority].name)}</dd>
              <dt>{t('item.detail.protectsAgainst')}</dt>
              <dd>
                {inRow(
                  t,
                  item.threats.map((threat) => t(THREAT_LABELS[threat])),
                )}
              </dd>
              <dt>{t('item.detail.appliesTo')}</dt>
              <dd>{t('item.detail.messengerOn', { messenger: messenger.name, platforms: platformsInRow(t, item.platforms) })}</dd>
              {item.minutes ? (
                <>
                  <dt>{t('item.detail.takes')}</dt>
                  <dd>{aboutMinutes(t, item.minutes)}</dd>
                </>
              ) : null}
              {item.recheckDays ? (
                <>
                  <dt>{t('item.detail.repeat')}</dt>
                  <dd>{everyDays(item.recheckDays)}</dd>
                </>
              ) : null}
            </dl>
          </Part>

          <Part>
            <h2>{t('item.links.heading')}</h2>
            <ul className="vendor-links">
              {view.links.map((link) => (
                <li key={link.url}>
                  <ExternalLink href={link.url} {...(link.inEnglish ? { hrefLang: 'en' } : {})}>
                    {words(link.title)}
                    {link.inEnglish ? (
                      <>
                        {' '}
                        <span className="link-in-english">{t('item.links.inEnglish')}</span>
                      </>
                    ) : null}
                  </ExternalLink>
                  <span className="meta">
                    {' '}
                    {link.thirdParty
                      ? t('item.links.thirdParty', { host: link.thirdParty, messenger: messenger.name })
                      : t('item.links.host', { host: link.host })}{' '}
                    {link.platforms ? t('item.links.for', { platforms: platformsInRow(t, link.platforms) }) : ''}
                  </span>
                </li>
              ))}
            </ul>

            <h2>{t('item.sources.heading')}</h2>
            <p>
              {t.rich('item.sources.checked', {
                messenger: messenger.name,
                date: <time dateTime={item.reviewed}>{formatDate(item.reviewed, t.locale)}</time>,
                revision: item.revision,
              })}
            </p>
            <ul>
              {item.sources.map((source) =>
                source === 'vendor' ? (
                  <li key={source}>{t('item.sources.vendor', { messenger: messenger.name })}</li>
                ) : (
                  <li key={source}>
                    {t.rich('item.sources.adapted', {
                      title: <InEnglish>{SOURCE_DOCUMENTS[source].title}</InEnglish>,
                      author: <InEnglish>{SOURCE_DOCUMENTS[source].author}</InEnglish>,
                      licence: SOURCE_DOCUMENTS[source].licence,
                    })}
                  </li>
                ),
              )}
            </ul>
            <TermList terms={item.terms} inEnglish={missing} />
            <HowWeChecked item={item} />
            <p className="meta">
              {t.rich('item.detail.mistake', {
                file: <code>{item.file}</code>,
                link: (parts: ReactNode) => <Link to={paths.about()}>{parts}</Link>,
              })}
            </p>
          </Part>
        </div>

        <nav aria-label={t('item.pager.label')} className="pager">
          {previous ? (
            <Link to={paths.item(previous.messenger, previous.id)} rel="prev">
              {t('item.pager.previous', { title: previous.title })}
            </Link>
          ) : null}
          {next ? (
            <Link to={paths.item(next.messenger, next.id)} rel="next">
              {t('item.pager.next', { title: next.title })}
            </Link>
          ) : null}
        </nav>
      </article>
    </TermsContext>
  );
}


/**
 * What a page in another language says about its translation: not translated yet (the English
 * shown instead), or made from an older English revision (with a link to the current English
 * page), and whether a native-speaking trainer has reviewed it.
 */
function TranslationNotice({ item }: { item: ChecklistItem }) {
  const t = useT();
  const translation = item.translation!;
  const { status, review } = translation;
  return (
    <div className="translation-notice">
      {status === 'missing' ? <p className="notice notice-warning">{t('item.translation.missing')}</p> : null}
      {status === 'stale' ? (
        <p className="notice notice-warning">
          {t.rich('item.translation.stale', {
            translates: translation.translates ?? item.revision,
            revision: item.revision,
            language: LOCALE_INFO.en.name,
            link: (parts: ReactNode) => (
              // The English page: the same path without the language prefix, so a raw link.
              <a href={paths.item(item.messenger, item.id)} hrefLang="en" lang="en">
                {parts}
              </a>
            ),
          })}
        </p>
      ) : null}
      {status !== 'missing' ? (
        <p className="meta translation-review">
          {review
            ? t.rich('item.translation.reviewed', { name: review.by, date: <time dateTime={review.date}>{formatDate(review.date, t.locale)}</time> })
            : t.rich('item.translation.notReviewed', {
                link: (parts: ReactNode) => <Link to={{ pathname: paths.about(), hash: '#translations' }}>{parts}</Link>,
              })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Steps with more text than this (about two phone screens with the title above them) keep the
 * tick controls at the bottom of the screen while they are read; shorter steps have them just below.
 */
const LONG_STEPS = 1400;

type Part = Block | Inline | Extract<Inline, { children: unknown }>['children'][number];

/** How many characters of text the steps hold. */
function textLength(groups: readonly StepGroup[]): number {
  const length = (part: Part): number => {
    if ('value' in part) return part.value.length;
    if ('children' in part) return sum(part.children);
    if ('segments' in part) return sum(part.segments.flat());
    return part.items.reduce((total, item) => total + sum(item), 0);
  };
  const sum = (parts: readonly Part[]): number => parts.reduce((total, part) => total + length(part), 0);
  return groups.reduce((total, group) => total + sum(group.blocks), 0);
}
