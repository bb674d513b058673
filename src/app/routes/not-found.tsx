// Shown for any address that is not a messenger, an item or a page of the app.
import { Link } from 'react-router';
import { MESSENGERS, MESSENGER_IDS } from '../../content/messengers.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { paths } from '../../routing/routes.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is no page at this address. If you followed a link to a checklist step, the step may have been renamed or
        the link may be mistyped.
      </p>
      <p>You can start again from one of these:</p>
      <ul>
        <li>
          <Link to={paths.home()}>The checklist home page</Link>
        </li>
        {MESSENGER_IDS.map((id) => (
          <li key={id}>
            <Link to={paths.messenger(id)}>All {MESSENGERS[id].name} steps</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
