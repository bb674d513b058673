// The offer's words could not load (offline, a blocked file): no offer, no endless retries,
// and the rest of the page is untouched. A file of its own: the offer keeps its words' promise
// for the page's life, failed or not.
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { expect, it, vi } from 'vitest';
import { LoadBoundary } from '../../src/components/LoadBoundary.tsx';

vi.mock('virtual:messages', async (importOriginal) => {
  const original = await importOriginal<typeof import('virtual:messages')>();
  return { ...original, loadOfferMessages: vi.fn(() => Promise.reject(new Error('Failed to fetch dynamically imported module'))) };
});

it('makes no offer when its words cannot load, asks for them once, and leaves the page as it is', async () => {
  // The test setup has loaded the i18n module already, with the real loaders: load it again with the failing one.
  vi.resetModules();
  const { loadOfferMessages } = await import('virtual:messages');
  const { LanguageSuggestion } = await import('../../src/features/language/LanguageSuggestion.tsx');
  const { LocaleProvider } = await import('../../src/i18n/i18n.tsx');
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await act(async () => {
    render(
      <LocaleProvider value="ar">
        <MemoryRouter initialEntries={['/signal']}>
          <p>The page</p>
          <LoadBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <LanguageSuggestion />
            </Suspense>
          </LoadBoundary>
        </MemoryRouter>
      </LocaleProvider>,
    );
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
  expect(screen.getByText('The page')).toBeInTheDocument();
  expect(loadOfferMessages).toHaveBeenCalledTimes(1);
});
