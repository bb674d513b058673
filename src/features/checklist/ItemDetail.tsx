// The full guidance for one step: why it matters, the steps (per platform where they
// differ), caveats, the vendor's own pages, and where the guidance comes from.
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import { Blocks } from '../../components/Blocks.tsx';
import { OpenSettings } from '../../components/OpenSettings.tsx';
import { StepGroups, openWhenFolded } from '../../components/StepGroups.tsx';
import { TermList, TermsContext } from '../../components/terms.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { MESSENGERS, PLATFORM_NAMES } from '../../content/messengers.ts';
import { PRIORITY_LABELS, SOURCE_DOCUMENTS, THREAT_LABELS } from '../../content/labels.ts';
import type { Block, ChecklistItem, Inline, StepGroup } from '../../content/schema.ts';
import { useProgressStore } from '../../store/hooks.ts';
import { useCatalog } from '../../catalog/catalog.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { platformView } from '../../content/platform-view.ts';
import { aboutMinutes } from '../../i18n/minutes.ts';
import { HowWeChecked } from './HowWeChecked.tsx';
import { StatusControls } from './StatusControls.tsx';
import { NextStep } from './NextStep.tsx';

export function ItemDetail({ item }: { item: ChecklistItem }) {
  const messenger = MESSENGERS[item.messenger];
  const { previous, next } = useCatalog().neighbours(item);
  // Undefined on the prerendered page (and without JavaScript): every platform is shown.
  const chosen = useProgressStore((state) => state.preferences.platforms) ?? [];
  const [showAll, setShowAll] = useState(false);
  const filtered = platformView(item, chosen);
  const view = showAll ? platformView(item, []) : filtered;
  const fold = chosen.length === 0;
  const long = textLength(fold ? openWhenFolded(view.steps) : view.steps) > LONG_STEPS;
  return (
    <TermsContext value={item.terms}>
      <article className="item-detail">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <Link to={paths.home()}>Home</Link>
            </li>
            <li>
              <Link to={paths.messenger(item.messenger)}>{messenger.name}</Link>
            </li>
          </ol>
        </nav>
        <h1 tabIndex={-1}>{item.title}</h1>
        <p className="item-protects">{item.protects}</p>

        <div className={long ? 'steps-and-ticks long-steps' : 'steps-and-ticks'}>
          <section aria-labelledby="steps" className="item-steps">
            <div className="steps-head">
              <h2 id="steps">Steps</h2>
              <p className="meta">
                {PRIORITY_LABELS[item.priority].name}
                {item.minutes ? ` · ${aboutMinutes(item.minutes)}` : ''}
                {item.recheckDays ? ` · every ${item.recheckDays} days` : ''}
              </p>
            </div>
            <OpenSettings entries={view.settings} app={messenger.name} folded />
            {/* Without a choice of platforms, the first platform's steps show and the others are one tap away. */}
            <StepGroups groups={view.steps} heading="h3" className="step-group" fold={fold} />
            {filtered.hidden.length > 0 ? (
              <p className="meta platform-choice">
                <label className="tick">
                  <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
                  Also show steps and links for {filtered.hidden.map((platform) => PLATFORM_NAMES[platform]).join(' and ')}
                </label>{' '}
                (you chose {chosen.map((platform) => PLATFORM_NAMES[platform]).join(', ')} in <Link to={paths.settings()}>your settings</Link>).
              </p>
            ) : null}
            {item.unconfirmed ? (
              <p className="steps-caution">
                <strong>Not confirmed by {messenger.name}:</strong> {item.unconfirmed}
              </p>
            ) : null}
          </section>

          <noscript>
            <p>Ticking steps off needs JavaScript. You can still read every step and follow its links.</p>
          </noscript>
          {/* After long steps, kept at the bottom of the screen while they are read (styles.css), so ticking is in reach. */}
          <section aria-labelledby="your-progress" className="your-progress js-only">
            <h2 id="your-progress" className="visually-hidden">
              Your progress
            </h2>
            <StatusControls item={item} variant="page" />
            <NextStep item={item} />
          </section>
        </div>

        <h2>Why it matters</h2>
        <Blocks blocks={item.why} />

        {item.caveats.length ? (
          <>
            <h2>Caveats</h2>
            <Blocks blocks={item.caveats} />
          </>
        ) : null}

        {item.changed ? (
          <section aria-labelledby={`${item.id}-changed`} className="item-changed">
            <h2 id={`${item.id}-changed`}>Changed since the source guide</h2>
            <p>{item.changed}</p>
          </section>
        ) : null}

        <h2>About this step</h2>
        <dl className="facts">
          <dt>Priority</dt>
          <dd>{PRIORITY_LABELS[item.priority].name}</dd>
          <dt>Protects against</dt>
          <dd>{item.threats.map((threat) => THREAT_LABELS[threat]).join(', ')}</dd>
          <dt>Applies to</dt>
          <dd>
            {messenger.name} on {item.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ')}
          </dd>
          {item.minutes ? (
            <>
              <dt>Takes</dt>
              <dd>{aboutMinutes(item.minutes)}</dd>
            </>
          ) : null}
          {item.recheckDays ? (
            <>
              <dt>Repeat</dt>
              <dd>every {item.recheckDays} days</dd>
            </>
          ) : null}
        </dl>

        <h2>Help pages</h2>
        <ul className="vendor-links">
          {view.links.map((link) => (
            <li key={link.url}>
              <ExternalLink href={link.url}>{link.title}</ExternalLink>
              <span className="meta">
                {' '}
                {link.thirdParty ? `Third-party site (${link.thirdParty}), not ${messenger.name}'s own page. ` : `${link.host}. `}
                {link.platforms ? `For ${link.platforms.map((p) => PLATFORM_NAMES[p]).join(', ')}.` : ''}
              </span>
            </li>
          ))}
        </ul>

        <h2>Sources</h2>
        <p>
          Steps last checked against {messenger.name}&rsquo;s own pages on{' '}
          <time dateTime={item.reviewed}>{formatDate(item.reviewed)}</time> (revision {item.revision}).
        </p>
        <ul>
          {item.sources.map((source) =>
            source === 'vendor' ? (
              <li key={source}>{messenger.name}&rsquo;s help pages listed above.</li>
            ) : (
              <li key={source}>
                Adapted from &ldquo;{SOURCE_DOCUMENTS[source].title}&rdquo;, {SOURCE_DOCUMENTS[source].author} (
                {SOURCE_DOCUMENTS[source].licence}).
              </li>
            ),
          )}
        </ul>
        <TermList terms={item.terms} />
        <HowWeChecked item={item} />
        <p className="meta">
          Found a mistake? Report it and name the file <code>{item.file}</code>. See{' '}
          <Link to={paths.about()}>About</Link>.
        </p>

        <nav aria-label="Other steps" className="pager">
          {previous ? (
            <Link to={paths.item(previous.messenger, previous.id)} rel="prev">
              Previous: {previous.title}
            </Link>
          ) : null}
          {next ? (
            <Link to={paths.item(next.messenger, next.id)} rel="next">
              Next: {next.title}
            </Link>
          ) : null}
        </nav>
      </article>
    </TermsContext>
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
