// The app: the frame of every page and the routes of the route table (routing/routes.ts).
// A page whose files cannot load never blanks the screen: links wait until their page has
// loaded (navigation-gate.tsx), and what fails anyway is caught at the route.
import { Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { FailureNotice } from '../components/FailureNotice.tsx';
import { LoadBoundary } from '../components/LoadBoundary.tsx';
import { useT } from '../i18n/i18n.tsx';
import { localePrefix } from '../i18n/locales.ts';
import { Layout } from './Layout.tsx';
import { failureText, loadFromServer } from './load-failure.ts';
import { useNavigationGate } from './navigation-gate.tsx';
import { notFoundElement, routeElements } from './route-table.tsx';

export function App() {
  const t = useT();
  const { pathname } = useLocation();
  const { failed, retry } = useNavigationGate();
  return (
    <Layout>
      {failed ? (
        <FailureNotice action={<TryAgain onClick={retry} />}>
          <p>{failureText(t, 'pages.failure.navigation')}</p>
        </FailureNotice>
      ) : null}
      {/* The page's address on the server has the language prefix the router leaves out. */}
      <LoadBoundary key={pathname} fallback={() => <RouteFailed href={`${localePrefix(t.locale)}${pathname}`} />}>
        <Suspense fallback={<p role="status">{t('shell.app.loading')}</p>}>
          <Routes>
            {routeElements.map(({ name, path, element }) => (
              <Route key={name} path={path} element={element} />
            ))}
            <Route path="*" element={notFoundElement} />
          </Routes>
        </Suspense>
      </LoadBoundary>
    </Layout>
  );
}

/** Shown when a page's files failed to load after all (for example after going back in history). */
function RouteFailed({ href }: { href: string }) {
  const t = useT();
  return (
    <FailureNotice action={<TryAgain onClick={() => void loadFromServer(href)} />}>
      <h1 tabIndex={-1}>{t('shell.app.routeFailed.title')}</h1>
      <p>{failureText(t, 'pages.failure.route')}</p>
    </FailureNotice>
  );
}

function TryAgain({ onClick }: { onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" onClick={onClick}>
      {t('shell.tryAgain')}
    </button>
  );
}
