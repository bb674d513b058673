import { act, render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/app/App.tsx';
import { preloadRoute } from '../../src/app/route-table.tsx';
import { loadStore } from '../../src/store/deferred.ts';
import { emptyProgress } from '../../src/store/model.ts';
import { preloadEntries } from '../../src/catalog/catalog.ts';

/**
 * Renders the whole app at `url`, as a person arriving at that address would see it: the
 * screen and its content are loaded first, as the browser does before hydrating.
 */
export async function renderApp(url: string) {
  const { pathname, hash } = new URL(url, 'http://localhost');
  // As in the browser: this page's screen and content, then progress and the item entries (start-progress.ts).
  await Promise.all([preloadRoute(pathname, hash), loadStore(), preloadEntries()]);
  // Awaited, so parts that load on demand (the storage notices) have loaded and the app's
  // effects (such as the link guard) are in place before the test goes on.
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <MemoryRouter initialEntries={[url]}>
        <App />
      </MemoryRouter>,
    );
  });
  return result!;
}

/** A fresh start for a test: nothing in this browser's storage, no progress, no storage notices. */
export async function resetProgress() {
  localStorage.clear();
  sessionStorage.clear();
  const { useProgress, storageStatus } = await loadStore();
  act(() => {
    useProgress.setState(emptyProgress());
    storageStatus.setState({ notices: [], mode: 'saved', remember: true });
  });
}
