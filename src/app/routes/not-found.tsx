// Shown for any address that is not a messenger, an item or a page of the app.
import { Link } from '../../components/links.tsx';
import { MESSENGERS, MESSENGER_IDS } from '../../content/messengers.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { paths } from '../../routing/routes.ts';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('pages.notFound.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('pages.notFound.title')}</h1>
      <p>{t('pages.notFound.text')}</p>
      <p>{t('pages.notFound.startAgain')}</p>
      <ul>
        <li>
          <Link to={paths.home()}>{t('pages.notFound.home')}</Link>
        </li>
        {MESSENGER_IDS.map((id) => (
          <li key={id}>
            <Link to={paths.messenger(id)}>{t('pages.notFound.messenger', { messenger: MESSENGERS[id].name })}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
