// One row of a messenger's checklist: the step's title (a link to its page), what it protects
// against, where it applies, and its tick boxes.
import { memo } from 'react';
import { Link } from '../../components/links.tsx';
import { paths } from '../../routing/routes.ts';
import { platformsInRow } from '../../content/labels.ts';
import type { ItemIndexEntry, ItemSummaryData } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { aboutMinutes } from '../../i18n/minutes.ts';
import { StatusControls } from './StatusControls.tsx';

// Memoised: a tick re-renders the row whose status changed (StatusControls), not every row.
export const ItemSummary = memo(function ItemSummary({
  item,
  onStatusChange,
}: {
  item: ItemSummaryData;
  onStatusChange?: (item: ItemIndexEntry) => void;
}) {
  const t = useT();
  return (
    <li className="item-summary card">
      <h3>
        <Link to={paths.item(item.messenger, item.id)} className="card-link">{item.title}</Link>
      </h3>
      <p>{item.protects}</p>
      <p className="meta">
        {platformsInRow(t, item.platforms)}
        {item.minutes ? ` · ${aboutMinutes(t, item.minutes)}` : ''}
        {item.recheckDays ? ` · ${t('list.item.repeat', { days: item.recheckDays })}` : ''}
      </p>
      <StatusControls item={item} variant="row" onChange={onStatusChange} />
    </li>
  );
});
