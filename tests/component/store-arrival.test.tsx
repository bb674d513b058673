// Progress arrives after the page is on screen (the store loads after hydration): the page
// shows it when it comes, and keeps following it after. The other component tests load the
// store before they render; this file renders first, as the browser does.
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, it } from 'vitest';
import { loadItem } from 'virtual:checklist';
import { App } from '../../src/app/App.tsx';
import { preloadRoute } from '../../src/app/route-table.tsx';
import { preloadEntries } from '../../src/catalog/catalog.ts';
import { loadStore, storeLoaded } from '../../src/store/deferred.ts';

it('a step page opened before progress loaded shows the tick controls when it arrives, and a platform choice made after that', async () => {
  const item = (await loadItem('telegram', 'active-sessions'))!;
  const url = `/${item.messenger}/${item.id}`;
  await Promise.all([preloadRoute(url), preloadEntries()]);
  expect(storeLoaded()).toBe(false);
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[url]}>
        <App />
      </MemoryRouter>,
    );
  });
  const steps = screen.getByRole('region', { name: 'Steps' });
  expect(screen.queryByRole('checkbox', { name: 'Mark as done' })).not.toBeInTheDocument();

  // A newcomer's progress: nothing chosen, nothing ticked.
  const { useProgress } = await act(() => loadStore());
  expect(await screen.findByRole('checkbox', { name: 'Mark as done' })).not.toBeChecked();
  expect(within(steps).queryByRole('checkbox', { name: /^Also show steps/ })).not.toBeInTheDocument();

  // Later (another tab, or Settings in this one): only the last group's platform.
  const mine = item.steps.at(-1)!.platforms[0]!;
  act(() => useProgress.setState((state) => ({ preferences: { ...state.preferences, platforms: [mine] } })));
  expect(within(steps).getByRole('checkbox', { name: /^Also show steps and links for/ })).not.toBeChecked();
});
