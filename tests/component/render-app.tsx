import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/app/App.tsx';
import { preloadRoute } from '../../src/app/route-table.tsx';
import { loadStore } from '../../src/store/deferred.ts';

/**
 * Renders the whole app at `url`, as a person arriving at that address would see it: the
 * screen and its content are loaded first, as the browser does before hydrating.
 */
export async function renderApp(url: string) {
  const { pathname, hash } = new URL(url, 'http://localhost');
  await Promise.all([preloadRoute(pathname, hash), loadStore()]);
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}
