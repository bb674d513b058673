// A step page as a person uses it: the steps first, the tick controls right under them, and
// after ticking, which step is next.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadItem } from 'virtual:checklist';
import { loadCatalog } from '../../src/catalog/catalog.ts';
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
