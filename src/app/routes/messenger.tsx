// One messenger's checklist, grouped by priority, in the content's order.
import { useParams } from 'react-router';
import { MESSENGERS, isMessengerId } from '../../content/messengers.ts';
import { PRIORITY_LABELS } from '../../content/labels.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { groupByPriority, itemsFor } from '../../features/checklist/catalog.ts';
import { ItemSummary } from '../../features/checklist/ItemSummary.tsx';
import { NotFoundPage } from './not-found.tsx';

export function MessengerPage() {
  const { messenger } = useParams();
  if (!messenger || !isMessengerId(messenger)) return <NotFoundPage />;
  return <MessengerChecklist messenger={messenger} />;
}

function MessengerChecklist({ messenger }: { messenger: keyof typeof MESSENGERS }) {
  const info = MESSENGERS[messenger];
  usePageTitle(`Harden ${info.name}`);
  const list = itemsFor(messenger);
  return (
    <>
      <h1 tabIndex={-1}>Harden {info.name}</h1>
      <p className="lead">{info.summary}</p>
      <p>
        {list.length} steps. Open a step to read why it matters and exactly where the setting is.
      </p>
      {groupByPriority(list).map((group) => (
        <section key={group.priority} aria-labelledby={`priority-${group.priority}`}>
          <h2 id={`priority-${group.priority}`}>{PRIORITY_LABELS[group.priority].name}</h2>
          <p>{PRIORITY_LABELS[group.priority].description}</p>
          <ul className="item-list">
            {group.items.map((item) => (
              <ItemSummary key={item.id} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
