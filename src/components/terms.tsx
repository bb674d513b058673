// Jargon in a step ("IP address", "linked device") is explained once per page: the words link
// to their one-sentence definition in the page's "Words used here" list, and the definition
// also describes the link for screen readers. Works without JavaScript (an in-page link).
import { createContext, use, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';

export interface Definition {
  term: string;
  definition: string;
}

/** The definitions of the terms the page's content links to; none: terms show as plain words. */
export const TermsContext = createContext<Readonly<Record<string, Definition>> | undefined>(undefined);

export const termAnchor = (id: string) => `term-${id}`;
const definitionId = (id: string) => `term-${id}-definition`;

export function Term({ id, children }: { id: string; children: ReactNode }) {
  const terms = use(TermsContext);
  if (!terms || !Object.hasOwn(terms, id)) return <span className="term">{children}</span>;
  return (
    <a className="term" href={`#${termAnchor(id)}`} aria-describedby={definitionId(id)}>
      {children}
    </a>
  );
}

/**
 * The page's definitions: one plain sentence per term, each the target of its term's links.
 * `inEnglish`: the definitions are English on a page in another language (a step not translated yet).
 */
export function TermList({ terms, inEnglish = false }: { terms: Readonly<Record<string, Definition>>; inEnglish?: boolean }) {
  const t = useT();
  // In the order of the page's language: the build sorts them (src/compiler/vite-plugin.ts).
  const entries = Object.entries(terms);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="words-used-here" className="terms">
      <h2 id="words-used-here">{t('item.terms.heading')}</h2>
      <dl {...(inEnglish ? { lang: 'en', dir: 'ltr' } : {})}>
        {entries.map(([id, { term, definition }]) => (
          <div key={id}>
            <dt id={termAnchor(id)}>
              <dfn>{term}</dfn>
            </dt>
            <dd id={definitionId(id)}>{definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
