// The offer of the person's language on a page in another: said in the offered language, with
// "stay" in the page's, and worded from one small module that carries the offer in every
// language, not from a second language's whole catalog (the test setup loads English's only).
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageSuggestion } from '../../src/features/language/LanguageSuggestion.tsx';
import { LocaleProvider, translator } from '../../src/i18n/i18n.tsx';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { browserStorage, readLanguageChoice } from '../../src/store/language-choice.ts';
import en from '../../src/i18n/messages/en/offer.json';
import es from '../../src/i18n/messages/es/offer.json';
import ar from '../../src/i18n/messages/ar/offer.json';
import ru from '../../src/i18n/messages/ru/offer.json';
import fa from '../../src/i18n/messages/fa/offer.json';

const OFFER: Record<Locale, typeof en> = { en, es, ar, ru, fa };
const NAMES: Record<Locale, string> = { en: 'English', es: 'Español', ar: 'العربية', ru: 'Русский', fa: 'فارسی' };
const word = (text: string, language: string) => text.replace('{language}', language);

async function renderOffer(page: Locale, browserLanguages: string[], path = '/signal/safety-number') {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browserLanguages);
  await act(async () => {
    render(
      <LocaleProvider value={page}>
        <MemoryRouter initialEntries={[path]}>
          <Suspense fallback={null}>
            <LanguageSuggestion />
          </Suspense>
        </MemoryRouter>
      </LocaleProvider>,
    );
  });
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the offer of the person’s language', () => {
  it('offers Spanish on an English page in Spanish, with "stay" in English, without loading the Spanish catalog', async () => {
    await renderOffer('en', ['es-ES', 'en']);
    const offer = await screen.findByRole('region', { name: es['offer.label'] });
    expect(offer).toHaveAttribute('lang', 'es');
    expect(offer).toHaveTextContent(word(es['offer.text'], 'Español'));
    const link = screen.getByRole('link', { name: word(es['offer.switch'], 'Español') });
    expect(link).toHaveAttribute('href', '/es/signal/safety-number');
    expect(link).toHaveAttribute('hreflang', 'es');
    expect(screen.getByRole('button', { name: word(en['offer.stay'], 'English') })).toHaveAttribute('lang', 'en');
    // Spanish beyond the offer (the update notice, say) was not loaded to make it.
    expect(translator('es').has('pages.update.text')).toBe(false);
  });

  it('says "stay" right to left on an Arabic page offering English, and remembers the choice to stay', async () => {
    await renderOffer('ar', ['en-US']);
    const offer = await screen.findByRole('region', { name: en['offer.label'] });
    expect(offer).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('link', { name: word(en['offer.switch'], 'English') })).toHaveAttribute('href', '/signal/safety-number');
    const stay = screen.getByRole('button', { name: word(ar['offer.stay'], 'العربية') });
    expect(stay).toHaveAttribute('dir', 'rtl');
    await userEvent.click(stay);
    expect(screen.queryByRole('region', { name: en['offer.label'] })).not.toBeInTheDocument();
    expect(readLanguageChoice(browserStorage())).toBe('ar');
  });

  it.each(LOCALES.flatMap((page) => LOCALES.filter((offered) => offered !== page).map((offered) => [page, offered] as const)))(
    'on a %s page offers %s in its own words',
    async (page, offered) => {
      await renderOffer(page, [offered]);
      const offer = await screen.findByRole('region', { name: OFFER[offered]['offer.label'] });
      expect(offer).toHaveTextContent(word(OFFER[offered]['offer.text'], NAMES[offered]));
      expect(screen.getByRole('button', { name: word(OFFER[page]['offer.stay'], NAMES[page]) })).toBeInTheDocument();
    },
  );

  it('offers nothing when the browser asks for the page’s language or for one the checklist does not speak', async () => {
    await renderOffer('es', ['es-MX', 'en']);
    await renderOffer('en', ['de-DE']);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
