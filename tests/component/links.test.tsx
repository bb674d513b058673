// The app's own links (src/components/links.tsx): a real address, in-app navigation on a plain
// click, and aria-current="page" on the link to the page being read, as react-router's NavLink.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Link, NavLink } from '../../src/components/links.tsx';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderAt(url: string, basename?: string) {
  return render(
    <MemoryRouter initialEntries={[url]} {...(basename ? { basename } : {})}>
      <nav>
        <NavLink to="/" end>
          Home
        </NavLink>
        <NavLink to="/signal" end>
          Signal
        </NavLink>
        <NavLink to="/changes">Changes</NavLink>
        <Link to="/about">About</Link>
      </nav>
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('links', () => {
  it('marks the link to this page, and with `end` only this page, not the pages under it', () => {
    renderAt('/signal/proxy');
    expect(screen.getByRole('link', { name: 'Signal' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('marks a link without `end` on the pages under it too, letter case aside', () => {
    renderAt('/Changes/signal');
    expect(screen.getByRole('link', { name: 'Changes' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Signal' })).not.toHaveAttribute('aria-current');
  });

  it('writes addresses with the language prefix and follows a plain click inside the app', async () => {
    renderAt('/es/signal', '/es');
    expect(screen.getByRole('link', { name: 'Signal' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'About' })).toHaveAttribute('href', '/es/about');
    await userEvent.click(screen.getByRole('link', { name: 'About' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/about');
  });
});
