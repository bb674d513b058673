// A participant's view of a workshop: exactly the trainer's steps, in order, ticked into the
// participant's own progress in their own browser.
import { Link } from '../../components/links.tsx';
import { paths } from '../../routing/routes.ts';
import { MESSENGERS } from '../../content/messengers.ts';
import { PLATFORM_LABELS } from '../../content/labels.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatList } from '../../i18n/lists.ts';
import type { ComponentType } from 'react';
import type { ItemIndexEntry } from '../../content/schema.ts';
import type { Plan } from './plan-codec.ts';
import { planMessages } from './messages.ts';
import { useItems } from '../../catalog/entries.ts';
import { usePlanFromAddress } from './use-plan.ts';

/** The tick boxes for one step; the screen passes the checklist's own (features stay apart). */
export type TickControls = ComponentType<{ item: ItemIndexEntry; variant: 'row' }>;

export function JoinPlan({ Controls }: { Controls: TickControls }) {
  const t = useT();
  const result = usePlanFromAddress();
  if (!result) return <noscript><p>{t('workshop.join.noScript')}</p></noscript>;
  if (!result.ok) return <p role="alert" className="notice notice-unconfirmed">{t(planMessages[result.error])}</p>;
  return <PlanChecklist plan={result.value} Controls={Controls} />;
}

function PlanChecklist({ plan, Controls }: { plan: Plan; Controls: TickControls }) {
  const t = useT();
  const items = useItems(plan.items);
  return (
    <>
      <p className="lead">
        {plan.platforms.length
          ? t('workshop.join.leadPlatforms', {
              count: items.length,
              platforms: formatList(plan.platforms.map((platform) => t(PLATFORM_LABELS[platform])), t.locale),
            })
          : t('workshop.join.lead', { count: items.length })}
      </p>
      <ol className="item-list plan-steps">
        {items.map((item) => (
          <li key={`${item.messenger}/${item.id}`} className="item-summary">
            <h2>
              <Link to={paths.item(item.messenger, item.id)}>{item.title}</Link>
            </h2>
            <p className="meta">{MESSENGERS[item.messenger].name}</p>
            <p>{item.protects}</p>
            <Controls item={item} variant="row" />
          </li>
        ))}
      </ol>
    </>
  );
}
