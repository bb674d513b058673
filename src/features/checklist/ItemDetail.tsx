// The full guidance for one step: why it matters, the steps (per platform where they
// differ), caveats, the vendor's own pages, and where the guidance comes from.
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import { Blocks } from '../../components/Blocks.tsx';
import { OpenSettings } from '../../components/OpenSettings.tsx';
import { StepGroups } from '../../components/StepGroups.tsx';
import { TermList, TermsContext } from '../../components/terms.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { MESSENGERS, PLATFORM_NAMES } from '../../content/messengers.ts';
import { PRIORITY_LABELS, SOURCE_DOCUMENTS, THREAT_LABELS } from '../../content/labels.ts';
import type { ChecklistItem } from '../../content/schema.ts';
import { useProgressStore } from '../../store/hooks.ts';
import { useCatalog } from '../../catalog/catalog.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { platformView } from '../../content/platform-view.ts';
import { aboutMinutes } from '../../i18n/minutes.ts';
import { HowWeChecked } from './HowWeChecked.tsx';
import { StatusControls } from './StatusControls.tsx';

export function ItemDetail({ item }: { item: ChecklistItem }) {
  const messenger = MESSENGERS[item.messenger];
  const { previous, next } = useCatalog().neighbours(item);
  // Undefined on the prerendered page (and without JavaScript): every platform is shown.
  const chosen = useProgressStore((state) => state.preferences.platforms) ?? [];
  const [showAll, setShowAll] = useState(false);
  const filtered = platformView(item, chosen);
  const view = showAll ? platformView(item, []) : filtered;
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
        <p className="lead">{item.protects}</p>
        <p className="meta">
          {PRIORITY_LABELS[item.priority].name} · {item.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ')}
          {item.minutes ? ` · ${aboutMinutes(item.minutes)}` : ''}
          {item.recheckDays ? ` · every ${item.recheckDays} days` : ''}
        </p>

        {item.unconfirmed ? (
          <aside className="notice notice-unconfirmed" aria-labelledby={`${item.id}-unconfirmed`}>
            <h2 id={`${item.id}-unconfirmed`}>Not confirmed by {messenger.name}</h2>
            <p>{item.unconfirmed}</p>
          </aside>
        ) : null}

        <section aria-labelledby="steps">
          <h2 id="steps">Steps</h2>
          {filtered.hidden.length > 0 ? (
            <p className="meta">
              <label className="tick">
                <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
                Also show steps and links for {filtered.hidden.map((platform) => PLATFORM_NAMES[platform]).join(' and ')}
              </label>{' '}
              (you chose {chosen.map((platform) => PLATFORM_NAMES[platform]).join(', ')} in <Link to={paths.settings()}>your settings</Link>).
            </p>
          ) : null}
          <OpenSettings entries={view.settings} app={messenger.name} />
          <StepGroups groups={view.steps} heading="h3" />
        </section>

        <section aria-labelledby="your-progress" className="your-progress">
          <h2 id="your-progress">Your progress</h2>
          <noscript>
            <p>Ticking steps off needs JavaScript. You can still read every step and follow its links.</p>
          </noscript>
          <StatusControls item={item} variant="page" />
        </section>

        <h2>Why it matters</h2>
        <Blocks blocks={item.why} />

        {item.caveats.length ? (
          <>
            <h2>Caveats</h2>
            <Blocks blocks={item.caveats} />
          </>
        ) : null}

        {item.changed ? (
          <aside className="notice notice-changed" aria-labelledby={`${item.id}-changed`}>
            <h2 id={`${item.id}-changed`}>Changed since the source guide</h2>
            <p>{item.changed}</p>
          </aside>
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
