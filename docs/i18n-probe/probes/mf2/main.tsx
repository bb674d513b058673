// messageformat 4 (Unicode MessageFormat 2). No React binding ships with it: formatToParts
// and a small mapper turn markup parts ({#link}…{/link}) into elements. The constructor
// always imports the MF2 parser, even when given a precompiled data model.
import { MessageFormat } from 'messageformat';
import { Fragment, createContext, use, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { COUNTS, HELP_URL, OSES, formatDate, langFromUrl } from '../shared/translations.ts';
import { Ready } from '../shared/Ready.tsx';

type Catalog = Record<string, string>;
const I18n = createContext<{ locale: string; messages: Catalog }>({ locale: 'en', messages: {} });
const cache = new Map<string, MessageFormat>();

function useT() {
  const { locale, messages } = use(I18n);
  return (id: string, values: Record<string, unknown> = {}, tags: Record<string, (c: ReactNode[]) => ReactNode> = {}) => {
    let mf = cache.get(id);
    if (!mf) cache.set(id, (mf = new MessageFormat(locale, messages[id] ?? id)));
    if (!Object.keys(tags).length) return mf.format(values);
    // Rebuild the tree from flat parts: open markup starts a child list, close renders it.
    const stack: { name: string; children: ReactNode[] }[] = [{ name: '', children: [] }];
    for (const part of mf.formatToParts(values)) {
      const top = stack[stack.length - 1]!;
      if (part.type === 'markup' && part.kind === 'open') stack.push({ name: part.name, children: [] });
      else if (part.type === 'markup' && part.kind === 'close') {
        stack.pop();
        stack[stack.length - 1]!.children.push(<Fragment key={top.children.length + stack.length}>{tags[part.name]!(top.children)}</Fragment>);
      } else if ('value' in part && typeof part.value === 'string') top.children.push(part.value);
      else if ('parts' in part && Array.isArray(part.parts)) top.children.push(part.parts.map((p: { value: string }) => p.value).join(''));
    }
    return stack[0]!.children;
  };
}

function App() {
  const t = useT();
  const { locale } = use(I18n);
  return (
    <Ready>
      {COUNTS.map((count) => (
        <p key={count} data-k={`steps-${count}`}>{t('steps', { count })}</p>
      ))}
      <p data-k="checked">{t('checked', { date: formatDate(locale) })}</p>
      {OSES.map((os) => (
        <p key={os} data-k={`open-${os}`}>{t('open', { os })}</p>
      ))}
      <p data-k="help">{t('help', {}, { link: (c) => <a href={HELP_URL}>{c}</a> })}</p>
    </Ready>
  );
}

const lang = langFromUrl();
const { default: messages } = (await import(`./locales/${lang}.json`)) as { default: Catalog };
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <I18n value={{ locale: lang, messages }}>
    <App />
  </I18n>,
);
