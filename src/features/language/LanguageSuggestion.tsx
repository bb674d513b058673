// On a page in another language than the person's, one quiet offer of the same page in theirs:
// the language they chose before, or on a first visit the first one their browser asks for that
// the checklist speaks. Never a redirect. Said in the offered language, so they can read it.
// Loaded after the page (the offer needs storage and its words, which come in every language
// in one small module).
import { use, useState } from 'react';
import { useInLocale } from '../../components/LanguageSwitcher.tsx';
import { preloadOfferMessages, translator, useLocale } from '../../i18n/i18n.tsx';
import { LOCALE_INFO, isLocale, type Locale } from '../../i18n/locales.ts';
import { browserStorage, readLanguageChoice, saveLanguageChoice } from '../../store/language-choice.ts';

/**
 * The first of the browser's preferred languages the checklist speaks (`navigator.languages`:
 * `es-MX` matches es), or undefined.
 */
export function preferredLocale(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return undefined;
}

/** The language to offer on a page in `page`, if any. */
export function languageToOffer(page: Locale, chosen: Locale | undefined, browser: readonly string[]): Locale | undefined {
  if (chosen) return chosen === page ? undefined : chosen;
  const wanted = preferredLocale(browser);
  return wanted && wanted !== page ? wanted : undefined;
}

// The offer's words, one promise for the page's life, kept even if it failed: `use` must get
// the same promise on every render (a new one each time would retry for ever), and an offer
// whose words could not load is simply not made.
let offerWords: Promise<void> | undefined;

export function LanguageSuggestion() {
  const page = useLocale();
  const [offer, setOffer] = useState(() => languageToOffer(page, readLanguageChoice(browserStorage()), navigator.languages ?? []));
  const inLocale = useInLocale();
  if (!offer) return null;
  return <Offer offer={offer} page={page} href={inLocale(offer)} onStay={() => (saveLanguageChoice(browserStorage(), page), setOffer(undefined))} />;
}

function Offer({ offer, page, href, onStay }: { offer: Locale; page: Locale; href: string; onStay: () => void }) {
  use((offerWords ??= preloadOfferMessages()));
  const t = translator(offer);
  const { dir } = LOCALE_INFO[offer];
  return (
    <div className="notice language-offer" role="region" aria-label={t('offer.label')} lang={offer} dir={dir}>
      <p>{t('offer.text', { language: LOCALE_INFO[offer].name })}</p>
      <p className="notice-actions">
        <a href={href} hrefLang={offer} onClick={() => saveLanguageChoice(browserStorage(), offer)}>
          {t('offer.switch', { language: LOCALE_INFO[offer].name })}
        </a>
        <button type="button" onClick={onStay} lang={page} dir={LOCALE_INFO[page].dir}>
          {translator(page)('offer.stay', { language: LOCALE_INFO[page].name })}
        </button>
      </p>
    </div>
  );
}
