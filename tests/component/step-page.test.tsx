// A step page as a person uses it: the steps first, the tick controls right under them, and
// after ticking, which step is next.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadItem } from 'virtual:checklist';
import { preloadEntries } from '../../src/catalog/catalog.ts';
import { loadCatalog } from '../../src/catalog/entries.ts';
import type { ChecklistItem } from '../../src/content/schema.ts';
import { ItemDetail } from '../../src/features/checklist/ItemDetail.tsx';
import { LocaleProvider, preloadMessages } from '../../src/i18n/i18n.tsx';
import { storageStatus, useProgress } from '../../src/store/browser.ts';
import { emptyProgress } from '../../src/store/schema.ts';
import { renderApp } from './render-app.tsx';

const catalog = await loadCatalog();

beforeEach(() => {
  localStorage.clear();
  act(() => {
    useProgress.setState(emptyProgress());
    storageStatus.setState({ notices: [], mode: 'saved' });
  });
});

const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('a step page', () => {
  it('shows the steps first, then the tick controls, then why it matters', async () => {
    await renderApp('/signal/registration-lock');
    const steps = within(screen.getByRole('region', { name: 'Steps' })).getAllByRole('listitem')[0]!;
    const tick = within(screen.getByRole('region', { name: 'Your progress' })).getByRole('checkbox', { name: 'Mark as done' });
    const why = screen.getByRole('heading', { level: 2, name: 'Why it matters' });
    expect(follows(steps, tick)).toBe(true);
    expect(follows(tick, why)).toBe(true);
  });

  it("after ticking, links to this messenger's next essential step", async () => {
    const user = userEvent.setup();
    const [first, second] = catalog.essentialsOf(['whatsapp']);
    await renderApp(`/whatsapp/${first!.id}`);
    const progress = screen.getByRole('region', { name: 'Your progress' });
    expect(within(progress).queryByRole('link')).not.toBeInTheDocument();
    await user.click(within(progress).getByRole('checkbox', { name: 'Mark as done' }));
    expect(within(progress).getByRole('status')).toHaveTextContent(`Next essential step: ${second!.title}`);
    expect(within(progress).getByRole('link', { name: second!.title })).toHaveAttribute('href', `/whatsapp/${second!.id}`);
  });

  it("once a messenger's essentials are done, names the next messenger", async () => {
    const user = userEvent.setup();
    const signal = catalog.essentialsOf(['signal']);
    const last = signal.at(-1)!;
    const at = new Date().toISOString();
    act(() =>
      useProgress.setState({
        items: Object.fromEntries(signal.slice(0, -1).map((item) => [`signal/${item.id}`, { status: 'done', at, revision: item.revision }] as const)),
      }),
    );
    await renderApp(`/signal/${last.id}`);
    const progress = screen.getByRole('region', { name: 'Your progress' });
    await user.click(within(progress).getByRole('checkbox', { name: 'Doesn’t apply to me' }));
    const whatsapp = catalog.essentialsOf(['whatsapp'])[0]!;
    expect(within(progress).getByRole('status')).toHaveTextContent(`Signal essentials done: WhatsApp next. ${whatsapp.title}`);
    expect(within(progress).getByRole('link', { name: whatsapp.title })).toHaveAttribute('href', `/whatsapp/${whatsapp.id}`);
  });

  it("without a choice of platforms, shows the first platform's steps and keeps the others one tap away", async () => {
    const item = (await loadItem('telegram', 'active-sessions'))!;
    const [first, ...others] = item.steps.map((group) => group.platforms);
    expect(others.length).toBeGreaterThan(0);
    await renderApp('/telegram/active-sessions');
    const steps = screen.getByRole('region', { name: 'Steps' });
    const group = (name: string) => within(steps).getByRole('heading', { level: 3, name }).closest('details')!;
    const names = { android: 'Android', iphone: 'iPhone', desktop: 'Desktop' } as const;
    expect(group(first!.map((platform) => names[platform]).join(' and '))).toHaveAttribute('open');
    for (const platforms of others) expect(group(platforms.map((platform) => names[platform]).join(' and '))).not.toHaveAttribute('open');
  });
});

/** A step page in Spanish, as its prerendered page shows it (under /es). */
async function renderInSpanish(item: ChecklistItem) {
  await Promise.all([preloadMessages('es', 'shell'), preloadMessages('es', 'app'), preloadEntries('es')]);
  return render(
    <LocaleProvider value="es">
      <MemoryRouter basename="/es" initialEntries={[`/es/${item.messenger}/${item.id}`]}>
        <ItemDetail item={item} />
      </MemoryRouter>
    </LocaleProvider>,
  );
}

const spanish = async (messenger: string, id: string) => (await loadItem(messenger, id, 'es'))!;

describe('a step page in another language', () => {
  it('says once, above the steps, that unconfirmed menu names have the English beside them, and shows it', async () => {
    const item = await spanish('signal', 'phone-number-privacy');
    const unconfirmed = item.translation!.labels.find((check) => !check.confirmed)!;
    await renderInSpanish(item);
    const steps = screen.getByRole('region', { name: 'Pasos' });
    const notice = within(steps).getByText(/entre paréntesis, el nombre en inglés/);
    const english = within(steps).getAllByText(unconfirmed.en).find((node) => node.getAttribute('lang') === 'en')!;
    expect(english.closest('.label-en')).toHaveTextContent(`(en inglés: ${unconfirmed.en})`);
    expect(follows(notice, english)).toBe(true);
    expect(screen.getAllByText(/entre paréntesis, el nombre en inglés/)).toHaveLength(1);
  });

  it('lists the translated menu names under "How we checked this", each confirmed with its source or not', async () => {
    const item = await spanish('signal', 'phone-number-privacy');
    const checks = item.translation!.labels;
    await renderInSpanish(item);
    const checked = screen.getByRole('heading', { level: 2, name: 'Cómo lo comprobamos' }).closest('details')!;
    const names = within(checked).getByRole('heading', { level: 3, name: 'Nombres de los menús en español' }).nextElementSibling!.nextElementSibling!;
    const lines = within(names as HTMLElement).getAllByRole('listitem');
    expect(lines).toHaveLength(checks.length);
    checks.forEach((check, index) => {
      const line = lines[index]!;
      expect(line).toHaveTextContent(`${check.label} (en inglés: ${check.en}): ${check.confirmed ? 'confirmado' : 'sin confirmar'}`);
      if (check.source) expect(line).toHaveTextContent(check.source);
      expect(within(line).getByText(check.en)).toHaveAttribute('lang', 'en');
    });
    // The evidence itself stays in English, and says so.
    const fact = item.evidence![0]!.fact;
    expect(within(checked).getByText(fact)).toHaveAttribute('lang', 'en');
  });

  it('says "(en inglés)" after the title of a vendor page that has no Spanish version', async () => {
    const item = await spanish('signal', 'phone-number-privacy');
    const english = item.links.find((link) => link.inEnglish)!;
    const translated = item.links.find((link) => !link.inEnglish)!;
    await renderInSpanish(item);
    const help = screen.getByRole('heading', { level: 2, name: 'Páginas de ayuda' }).nextElementSibling as HTMLElement;
    const link = within(help).getByRole('link', { name: new RegExp(`^${escape(english.title)} \\(en inglés\\)`) });
    expect(link).toHaveAttribute('href', english.url);
    expect(link).toHaveAttribute('hreflang', 'en');
    expect(within(help).getByRole('link', { name: new RegExp(`^${escape(translated.title)}`) })).not.toHaveTextContent('(en inglés)');
  });

  it('says when the translation is older than the English, and links to the English page', async () => {
    const item = await spanish('signal', 'registration-lock');
    await renderInSpanish({ ...item, translation: { ...item.translation!, status: 'stale', translates: item.revision - 1 } });
    const notice = screen.getByText(/La versión en inglés de este paso cambió/);
    expect(notice).toHaveTextContent(`la traducción sigue la revisión ${item.revision - 1} y el inglés ya va por la revisión ${item.revision}`);
    const english = within(notice).getByRole('link', { name: 'English' });
    expect(english).toHaveAttribute('href', '/signal/registration-lock');
    expect(english).toHaveAttribute('hreflang', 'en');
    expect(english).toHaveAttribute('lang', 'en');
  });

  it('says that no native-speaking trainer has reviewed the translation yet, or who did and when', async () => {
    const item = await spanish('signal', 'registration-lock');
    const { unmount } = await renderInSpanish(item);
    expect(screen.getByText(/Ninguna persona formadora con el español como lengua materna ha revisado todavía esta traducción/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sobre nuestras traducciones' })).toHaveAttribute('href', '/es/about#translations');
    unmount();
    await renderInSpanish({ ...item, translation: { ...item.translation!, review: { by: 'Ana Pérez', date: '2026-12-10' } } });
    expect(screen.getByText(/Traducción revisada por Ana Pérez/)).toHaveTextContent('Traducción revisada por Ana Pérez el 10 de diciembre de 2026.');
    expect(screen.queryByRole('link', { name: 'Sobre nuestras traducciones' })).not.toBeInTheDocument();
  });

  it('shows a step not translated yet in English, says so, and marks its words as English', async () => {
    const english = (await loadItem('signal', 'registration-lock'))!;
    await renderInSpanish({ ...english, translation: { locale: 'es', status: 'missing', labels: [] } });
    expect(screen.getByText('Este paso todavía no está traducido al español, así que se muestra en inglés.')).toBeInTheDocument();
    const title = screen.getByRole('heading', { level: 1, name: english.title });
    expect(title).toHaveAttribute('lang', 'en');
    expect(screen.getByText(english.protects)).toHaveAttribute('lang', 'en');
    // The interface around the content stays in Spanish.
    expect(screen.getByRole('heading', { level: 2, name: 'Por qué importa' })).not.toHaveAttribute('lang');
    const steps = screen.getByRole('region', { name: 'Pasos' });
    const firstStep = within(steps).getAllByRole('listitem').find((item) => !item.closest('details.open-settings-folded'))!;
    expect(firstStep.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(/revisado todavía esta traducción/)).not.toBeInTheDocument();
  });

  it('says none of this on an English page', async () => {
    await renderApp('/signal/phone-number-privacy');
    expect(screen.queryByText(/English:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/\(in English\)/)).not.toBeInTheDocument();
    expect(screen.queryByText(/reviewed by a native-speaking trainer/)).not.toBeInTheDocument();
    expect(document.querySelector('.item-detail [lang]')).toBeNull();
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
