// One checklist step in full; deep-linkable as /<messenger>/<item-id>.
import { useParams } from 'react-router';
import { MESSENGERS } from '../../content/messengers.ts';
import type { ChecklistItem } from '../../content/schema.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { findEntry } from '../../catalog/catalog.ts';
import { useItem } from '../../catalog/entries.ts';
import { ItemDetail } from '../../features/checklist/ItemDetail.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { NotFoundPage } from './not-found.tsx';

export function ItemPage() {
  const { messenger, itemId } = useParams();
  const entry = findEntry(messenger, itemId);
  return entry ? <LoadedItem messenger={entry.messenger} id={entry.id} /> : <NotFoundPage />;
}

function LoadedItem({ messenger, id }: { messenger: string; id: string }) {
  const item = useItem(messenger, id);
  return item ? <ItemScreen item={item} /> : <NotFoundPage />;
}

function ItemScreen({ item }: { item: ChecklistItem }) {
  const t = useT();
  usePageTitle(t('item.page.title', { title: item.title, messenger: MESSENGERS[item.messenger].name }));
  return <ItemDetail item={item} />;
}
