// The navigation gate (src/app/navigation-gate.tsx): an in-app link is followed once the page
// behind it has loaded, and only the person's last move counts. On a slow phone a page can take
// seconds to load; one that arrives after the person has clicked elsewhere (or gone back) must
// not pull them away from where they went.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNavigationGate } from '../../src/app/navigation-gate.tsx';
import { Link, NavLink } from '../../src/components/links.tsx';

// Each page's files arrive when the test says so.
const pending = new Map<string, { resolve: () => void; reject: (error: Error) => void }>();
vi.mock('../../src/app/route-table.tsx', () => ({
  preloadRoute: (pathname: string) =>
    new Promise<void>((resolve, reject) => {
      pending.set(pathname, { resolve, reject });
    }),
}));

/** Lets the page at `pathname` finish loading (or fail), and React catch up. */
async function arrive(pathname: string, error?: Error) {
  const page = pending.get(pathname);
  if (!page) throw new Error(`nothing is loading ${pathname}`);
  pending.delete(pathname);
  await act(async () => (error ? page.reject(error) : page.resolve()));
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function Back() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(-1)}>
      Back
    </button>
  );
}

function Harness() {
  const { failed } = useNavigationGate();
  return (
    <>
      <nav>
        <NavLink to="/whatsapp" end>
          WhatsApp
        </NavLink>
        <Link to="/settings">Settings</Link>
        <Link to="/signal">Signal</Link>
      </nav>
      <Back />
      {failed ? <p role="alert">Could not load {failed}</p> : null}
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </>
  );
}

/** The harness at the last of `entries` (earlier ones are the history behind it). */
function renderAt(...entries: string[]) {
  render(
    <MemoryRouter initialEntries={entries} initialIndex={entries.length - 1}>
      <Harness />
    </MemoryRouter>,
  );
}

const where = () => screen.getByTestId('where').textContent;
const follow = (name: string) => userEvent.click(screen.getByRole('link', { name }));

describe('navigation gate', () => {
  beforeEach(() => pending.clear());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('stays on the page being read until the next one has loaded, then shows it', async () => {
    renderAt('/whatsapp');
    await follow('Settings');
    expect(where()).toBe('/whatsapp');
    await arrive('/settings');
    expect(where()).toBe('/settings');
  });

  it('shows the page of the last link clicked, whichever page loads first', async () => {
    renderAt('/whatsapp');
    await follow('Settings');
    await follow('Signal');
    await arrive('/signal');
    expect(where()).toBe('/signal');
    await arrive('/settings');
    expect(where()).toBe('/signal');
  });

  it('drops a page still loading when the person clicks the link to the page they are on', async () => {
    renderAt('/whatsapp');
    await follow('Settings');
    await follow('WhatsApp');
    await arrive('/settings');
    expect(where()).toBe('/whatsapp');
  });

  it('drops a page still loading when the person goes back meanwhile', async () => {
    renderAt('/', '/whatsapp');
    await follow('Settings');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(where()).toBe('/');
    await arrive('/settings');
    expect(where()).toBe('/');
  });

  it('says so when the last page clicked cannot load, but not for a page the person has left behind', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The deploy check asks for the home page: answered here, and no new deploy is found.
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<script type="module" src="/x.js"></script>')));
    renderAt('/whatsapp');
    await follow('Settings');
    await follow('Signal');
    await arrive('/settings', new Error('offline'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(where()).toBe('/whatsapp');

    await arrive('/signal', new Error('offline'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load /signal');
    expect(where()).toBe('/whatsapp');
  });
});
