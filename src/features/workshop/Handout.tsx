// The printable handout: the plan's steps as a checklist with tick boxes, menu paths, short
// vendor addresses with QR codes, the reviewed date and the source credits. Generated from
// the same content as the site, so it never goes stale. One messenger per page where it fits.

import { LazyQrCode } from '../../components/LazyQrCode.tsx';
import { StepGroups } from '../../components/StepGroups.tsx';
import { aboutMinutes } from '../../i18n/minutes.ts';
import { MESSENGERS } from '../../content/messengers.ts';
import { SOURCE_DOCUMENTS } from '../../content/labels.ts';
import type { Plan } from './plan-codec.ts';
import { planMessages } from './messages.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useItems } from '../../catalog/catalog.ts';
import { messengersIn, shortUrl } from './plan.ts';
import { platformView } from '../../content/platform-view.ts';
import { usePlanFromAddress } from './use-plan.ts';


export function Handout() {
  const result = usePlanFromAddress();
  if (!result) return <noscript><p>The handout needs JavaScript to be put together.</p></noscript>;
  if (!result.ok) return <p role="alert" className="notice notice-unconfirmed">{planMessages[result.error]}</p>;
  return <HandoutPages plan={result.value} />;
}

function HandoutPages({ plan }: { plan: Plan }) {
  const items = useItems(plan.items);
  const messengers = messengersIn(plan.items);
  return (
    <div className="handout">
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          Print the handout
        </button>
      </p>
      {messengers.map((messenger) => (
        <section key={messenger} className="handout-page" aria-labelledby={`handout-${messenger}`}>
          <h2 id={`handout-${messenger}`}>{MESSENGERS[messenger].name}</h2>
          <ul className="handout-list">
            {items
              .filter((item) => item.messenger === messenger)
              .map((item) => {
                const [vendor] = item.links;
                return (
                  <li key={item.id} className="handout-item">
                    <h3>
                      <span aria-hidden="true" className="box">
                        ☐
                      </span>{' '}
                      {item.title}
                      {item.minutes ? <span className="meta"> ({aboutMinutes(item.minutes)})</span> : null}
                    </h3>
                    <StepGroups groups={platformView(item, plan.platforms).steps} heading="h4" />
                    {vendor ? (
                      <div className="handout-link">
                        <LazyQrCode text={vendor.url} label={`QR code of ${shortUrl(vendor.url)}`} />
                        <p>
                          Help: {shortUrl(vendor.url)}
                          <br />
                          Checked against {MESSENGERS[messenger].name}&rsquo;s pages on {formatDate(item.reviewed)}.
                        </p>
                      </div>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      <footer className="handout-credits">
        <p>
          From the Messenger hardening checklist. Guidance under CC BY-SA 4.0, adapted from &ldquo;
          {SOURCE_DOCUMENTS.internews.title}&rdquo; ({SOURCE_DOCUMENTS.internews.author}, CC BY-SA 4.0) and &ldquo;
          {SOURCE_DOCUMENTS.moj.title}&rdquo; ({SOURCE_DOCUMENTS.moj.author}, MIT), checked against the vendors&rsquo; help
          pages.
        </p>
      </footer>
    </div>
  );
}
