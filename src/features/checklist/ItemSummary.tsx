// One row of a messenger's checklist: the step's title (a link to its page), what it protects
// against, and where it applies.
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { PLATFORM_NAMES } from '../../content/messengers.ts';
import type { ChecklistItem } from '../../content/schema.ts';

export function ItemSummary({ item }: { item: ChecklistItem }) {
  return (
    <li className="item-summary">
      <h3>
        <Link to={paths.item(item.messenger, item.id)}>{item.title}</Link>
      </h3>
      <p>{item.protects}</p>
      <p className="meta">
        {item.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ')}
        {item.recheckDays ? ` · repeat every ${item.recheckDays} days` : ''}
      </p>
    </li>
  );
}
