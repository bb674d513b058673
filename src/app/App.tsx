// The route table. Paths come from paths.ts; each screen lives in routes/ and, but for the
// home and not-found pages, loads as its own chunk.
import { Suspense, use, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout.tsx';
import { routePatterns } from './paths.ts';
import { preloadScreen, type Screen, type ScreenName } from './route-table.ts';
import { HomePage } from './routes/home.tsx';
import { NotFoundPage } from './routes/not-found.tsx';

/** Renders one page of a lazily loaded screen module (suspends until it has loaded). */
function Lazy<N extends ScreenName>({ screen, page }: { screen: N; page: (module: Screen<N>) => ReactNode }) {
  return page(use(preloadScreen(screen)));
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Routes>
          <Route path={routePatterns.home} element={<HomePage />} />
          <Route path={routePatterns.about} element={<Lazy screen="about" page={(m) => <m.AboutPage />} />} />
          <Route path={routePatterns.settings} element={<Lazy screen="settings" page={(m) => <m.SettingsPage />} />} />
          <Route path={routePatterns.transfer} element={<Lazy screen="transfer" page={(m) => <m.TransferPage />} />} />
          <Route path={routePatterns.restore} element={<Lazy screen="restore" page={(m) => <m.RestorePage />} />} />
          <Route path={routePatterns.recovery} element={<Lazy screen="recovery" page={(m) => <m.RecoveryPage />} />} />
          <Route path={routePatterns.recoveryFor} element={<Lazy screen="recovery" page={(m) => <m.RecoveryPage />} />} />
          <Route path={routePatterns.workshop} element={<Lazy screen="workshop" page={(m) => <m.WorkshopPage />} />} />
          <Route path={routePatterns.workshopJoin} element={<Lazy screen="workshop" page={(m) => <m.WorkshopJoinPage />} />} />
          <Route path={routePatterns.workshopPresent} element={<Lazy screen="workshop" page={(m) => <m.WorkshopPresentPage />} />} />
          <Route path={routePatterns.workshopHandout} element={<Lazy screen="workshop" page={(m) => <m.WorkshopHandoutPage />} />} />
          <Route path={routePatterns.messenger} element={<Lazy screen="messenger" page={(m) => <m.MessengerPage />} />} />
          <Route path={routePatterns.item} element={<Lazy screen="item" page={(m) => <m.ItemPage />} />} />
          <Route path={routePatterns.notFound} element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
