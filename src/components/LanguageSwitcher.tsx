// The same page in every language the checklist speaks: links, so it works without JavaScript,
// each in its own language (`lang`, `hreflang`). A workshop plan or a part of the page in the
// address (`#…`) comes along. Choosing one is remembered by `onChoose` (the person's settings).
import { useLocation } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { LOCALES, LOCALE_INFO, inLocale, type Locale } from '../i18n/locales.ts';
import { LazyGlyph } from './LazyGlyph.tsx';

/** The address of the page on screen in `locale` (the router's path has no language prefix). */
export function useInLocale(): (locale: Locale) => string {
  const { pathname, search, hash } = useLocation();
  return (locale) => `${inLocale(pathname, locale)}${search}${hash}`;
}

export function LanguageLinks({ onChoose }: { onChoose?: (locale: Locale) => void }) {
  const t = useT();
  const inLocale = useInLocale();
  return (
    <ul>
      {LOCALES.map((locale) => (
        <li key={locale}>
          <a
            href={inLocale(locale)}
            hrefLang={locale}
            lang={locale}
            dir={LOCALE_INFO[locale].dir}
            aria-current={locale === t.locale ? 'true' : undefined}
            onClick={() => onChoose?.(locale)}
          >
            {LOCALE_INFO[locale].name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The header's language menu: a disclosure that works without JavaScript. */
export function LanguageSwitcher({ onChoose }: { onChoose?: (locale: Locale) => void }) {
  const t = useT();
  return (
    <details className="site-menu site-lang">
      <summary aria-label={t('shell.language.label', { language: LOCALE_INFO[t.locale].name })}>
        <LazyGlyph icon="globe" />
        <span aria-hidden="true">{t.locale.toUpperCase()}</span>
      </summary>
      <LanguageLinks {...(onChoose ? { onChoose } : {})} />
    </details>
  );
}
