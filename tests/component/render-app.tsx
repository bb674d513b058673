import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/app/App.tsx';

/** Renders the whole app at `url`, as a person arriving at that address would see it. */
export function renderApp(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}
