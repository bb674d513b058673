// The route table. Paths come from paths.ts; each screen lives in routes/ and, but for the
// home and not-found pages, loads as its own chunk.
import { Suspense, use } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout.tsx';
import { routePatterns } from './paths.ts';
import { preloadScreen } from './route-table.ts';
import { HomePage } from './routes/home.tsx';
import { NotFoundPage } from './routes/not-found.tsx';

function AboutScreen() {
  const { AboutPage } = use(preloadScreen('about'));
  return <AboutPage />;
}
function SettingsScreen() {
  const { SettingsPage } = use(preloadScreen('settings'));
  return <SettingsPage />;
}
function TransferScreen() {
  const { TransferPage } = use(preloadScreen('transfer'));
  return <TransferPage />;
}
function RestoreScreen() {
  const { RestorePage } = use(preloadScreen('restore'));
  return <RestorePage />;
}
function MessengerScreen() {
  const { MessengerPage } = use(preloadScreen('messenger'));
  return <MessengerPage />;
}
function RecoveryScreen() {
  const { RecoveryPage } = use(preloadScreen('recovery'));
  return <RecoveryPage />;
}
function WorkshopScreen({ page }: { page: 'plan' | 'join' | 'present' | 'handout' }) {
  const screens = use(preloadScreen('workshop'));
  const Page = { plan: screens.WorkshopPage, join: screens.WorkshopJoinPage, present: screens.WorkshopPresentPage, handout: screens.WorkshopHandoutPage }[page];
  return <Page />;
}
function ItemScreen() {
  const { ItemPage } = use(preloadScreen('item'));
  return <ItemPage />;
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Routes>
          <Route path={routePatterns.home} element={<HomePage />} />
          <Route path={routePatterns.about} element={<AboutScreen />} />
          <Route path={routePatterns.settings} element={<SettingsScreen />} />
          <Route path={routePatterns.transfer} element={<TransferScreen />} />
          <Route path={routePatterns.restore} element={<RestoreScreen />} />
          <Route path={routePatterns.recovery} element={<RecoveryScreen />} />
          <Route path={routePatterns.workshop} element={<WorkshopScreen page="plan" />} />
          <Route path={routePatterns.workshopJoin} element={<WorkshopScreen page="join" />} />
          <Route path={routePatterns.workshopPresent} element={<WorkshopScreen page="present" />} />
          <Route path={routePatterns.workshopHandout} element={<WorkshopScreen page="handout" />} />
          <Route path={routePatterns.recoveryFor} element={<RecoveryScreen />} />
          <Route path={routePatterns.messenger} element={<MessengerScreen />} />
          <Route path={routePatterns.item} element={<ItemScreen />} />
          <Route path={routePatterns.notFound} element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
