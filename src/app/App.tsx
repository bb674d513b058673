// The route table. Paths come from paths.ts; each screen lives in routes/.
import { Route, Routes } from 'react-router';
import { Layout } from './Layout.tsx';
import { routePatterns } from './paths.ts';
import { AboutPage } from './routes/about.tsx';
import { HomePage } from './routes/home.tsx';
import { ItemPage } from './routes/item.tsx';
import { MessengerPage } from './routes/messenger.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { RestorePage } from './routes/restore.tsx';
import { SettingsPage } from './routes/settings.tsx';
import { TransferPage } from './routes/transfer.tsx';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path={routePatterns.home} element={<HomePage />} />
        <Route path={routePatterns.about} element={<AboutPage />} />
        <Route path={routePatterns.settings} element={<SettingsPage />} />
        <Route path={routePatterns.transfer} element={<TransferPage />} />
        <Route path={routePatterns.restore} element={<RestorePage />} />
        <Route path={routePatterns.messenger} element={<MessengerPage />} />
        <Route path={routePatterns.item} element={<ItemPage />} />
        <Route path={routePatterns.notFound} element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
