// The printable handout: the plan's steps as a checklist with tick boxes, menu paths, short
// vendor addresses with QR codes, the reviewed date and the source credits. Generated from
// the same content as the site, so it never goes stale. One messenger per page where it fits.

import { InEnglish } from '../../components/Blocks.tsx';
import { LazyQrCode } from '../../components/LazyQrCode.tsx';
import { StepGroups } from '../../components/StepGroups.tsx';
import { aboutMinutes } from '../../i18n/minutes.ts';
import { MESSENGERS } from '../../content/messengers.ts';
import { SOURCE_DOCUMENTS } from '../../content/labels.ts';
import type { Plan } from './plan-codec.ts';
import { planMessages } from './messages.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useItems } from '../../catalog/entries.ts';
import { messengersIn, shortUrl } from './plan.ts';
import { platformView } from '../../content/platform-view.ts';
import { usePlanFromAddress } from './use-plan.ts';
import { useT } from '../../i18n/i18n.tsx';

export function Handout() {
  const t = useT();
  const result = usePlanFromAddress();
  if (!result) return <noscript><p>{t('workshop.handout.noScript')}</p></noscript>;
  if (!result.ok) return <p role="alert" className="notice notice-unconfirmed">{t(planMessages[result.error])}</p>;
  return <HandoutPages plan={result.value} />;
}

function HandoutPages({ plan }: { plan: Plan }) {
  const t = useT();
  const items = useItems(plan.items);
  const messengers = messengersIn(plan.items);
  return (
    <div className="handout">
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {t('workshop.handout.print')}
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
                      {item.minutes ? <span className="meta"> {t('workshop.handout.time', { minutes: aboutMinutes(t, item.minutes) })}</span> : null}
                    </h3>
                    <StepGroups groups={platformView(item, plan.platforms).steps} heading="h4" />
                    {vendor ? (
                      <div className="handout-link">
                        <LazyQrCode text={vendor.url} label={t('workshop.handout.qrLabel', { address: shortUrl(vendor.url) })} />
                        <p>
                          {t('workshop.handout.help', { address: shortUrl(vendor.url) })}
                          <br />
                          {t('workshop.handout.checked', { messenger: MESSENGERS[messenger].name, date: formatDate(item.reviewed, t.locale) })}
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
          {/* The source documents keep their English titles, marked as English on other languages' pages. */}
          {t.rich('workshop.handout.credits', {
            internewsTitle: <InEnglish>{SOURCE_DOCUMENTS.internews.title}</InEnglish>,
            internewsAuthor: <InEnglish>{SOURCE_DOCUMENTS.internews.author}</InEnglish>,
            mojTitle: <InEnglish>{SOURCE_DOCUMENTS.moj.title}</InEnglish>,
            mojAuthor: <InEnglish>{SOURCE_DOCUMENTS.moj.author}</InEnglish>,
          })}
        </p>
      </footer>
    </div>
  );
}
