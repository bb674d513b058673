import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadEntries, loadItem } from 'virtual:checklist';
import { SOURCE_DOCUMENTS } from '../../src/content/labels.ts';
import { PLATFORM_NAMES } from '../../src/content/messengers.ts';
import { renderApp } from './render-app.tsx';

const items = await loadEntries();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const twoStep = (await loadItem('whatsapp', 'two-step-verification'))!;

describe('home page', () => {
  it('offers each messenger with its number of essential steps', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Make your messenger account safer' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Choose a messenger' });
    for (const name of ['WhatsApp', 'Signal', 'Telegram']) {
      expect(within(list).getByRole('link', { name })).toHaveAttribute('href', `/${name.toLowerCase()}`);
    }
    const whatsappEssentials = items.filter((item) => item.messenger === 'whatsapp' && item.priority === 'essential').length;
    expect(screen.getByText(new RegExp(`^${whatsappEssentials} essential steps`))).toBeInTheDocument();
  });
});

describe('messenger page', () => {
  it('lists every item of that messenger, grouped by priority, essentials first', async () => {
    await renderApp('/signal');
    expect(screen.getByRole('heading', { level: 1, name: 'Harden Signal' })).toBeInTheDocument();
    const groups = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(groups[0]).toBe('Essential');
    const signalItems = items.filter((item) => item.messenger === 'signal');
    for (const item of signalItems) {
      expect(screen.getByRole('link', { name: item.title })).toHaveAttribute('href', `/signal/${item.id}`);
    }
    expect(screen.queryByRole('link', { name: /Peer-to-peer/i })).not.toBeInTheDocument();
  });

  it('says how long each step and all the essentials take', async () => {
    await renderApp('/signal');
    const essentials = items.filter((item) => item.messenger === 'signal' && item.priority === 'essential');
    const total = essentials.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
    const group = screen.getByRole('region', { name: 'Essential' });
    expect(group).toHaveTextContent(`Together about ${total} minutes.`);
    const [first] = essentials;
    const row = screen.getByRole('link', { name: first!.title }).closest('li')!;
    expect(row).toHaveTextContent(`about ${first!.minutes} minute`);
  });

  it('marks the current messenger in the navigation', async () => {
    await renderApp('/telegram');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Telegram' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Signal' })).not.toHaveAttribute('aria-current');
  });
});

describe('item page', () => {
  const item = twoStep;

  it('shows the title, why it matters, the numbered steps and the caveats', async () => {
    await renderApp('/whatsapp/two-step-verification');
    expect(screen.getByRole('heading', { level: 1, name: item.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Why it matters' })).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: 'Steps' });
    const list = within(steps).getAllByRole('list').find((candidate) => candidate.tagName === 'OL');
    expect(within(list!).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(within(list!).getByText('Two-step verification')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Caveats' })).toBeInTheDocument();
  });

  it('says once, before the steps, how to open Settings on each platform, one tap away', async () => {
    await renderApp('/whatsapp/two-step-verification');
    const steps = screen.getByRole('region', { name: 'Steps' });
    const intro = within(steps).getByText(/How to open WhatsApp.s Settings/).closest('details')!;
    expect(intro).not.toHaveAttribute('open');
    for (const platform of item.platforms) expect(intro).toHaveTextContent(PLATFORM_NAMES[platform]);
    expect(intro.compareDocumentPosition(within(steps).getAllByRole('list').find((list) => list.tagName === 'OL')!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it("links to the vendor's own pages in a new tab, saying so to screen readers", async () => {
    await renderApp('/whatsapp/two-step-verification');
    for (const vendor of item.links) {
      const link = screen.getByRole('link', { name: `${vendor.title} (opens in a new tab)` });
      expect(link).toHaveAttribute('href', vendor.url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('says in one sentence beside the steps what could not be confirmed, and when the steps were checked', async () => {
    await renderApp('/whatsapp/two-step-verification');
    const steps = screen.getByRole('region', { name: 'Steps' });
    expect(within(steps).getByText((_, element) => element?.textContent === `Not confirmed by WhatsApp: ${item.unconfirmed}`)).toBeInTheDocument();
    const reviewed = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(screen.getByText(/Steps last checked against WhatsApp/)).toHaveTextContent(reviewed.format(new Date(item.reviewed)));
  });

  it('says plainly what the vendor changed since the source guide', async () => {
    await renderApp('/telegram/auto-delete-messages');
    expect(screen.getByRole('region', { name: 'Changed since the source guide' })).toBeInTheDocument();
  });

  it('credits the source documents', async () => {
    await renderApp('/whatsapp/two-step-verification');
    const sources = screen.getByRole('heading', { level: 2, name: 'Sources' }).parentElement!;
    const documents = item.sources.filter((source) => source !== 'vendor');
    expect(documents).toContain('moj');
    expect(documents.some((source) => source.startsWith('internews'))).toBe(true);
    for (const source of documents) {
      expect(within(sources).getByText(new RegExp(escapeRegExp(SOURCE_DOCUMENTS[source].title)))).toBeInTheDocument();
    }
    expect(within(sources).getAllByText(/Internews/).length).toBe(documents.filter((source) => source.startsWith('internews')).length);
    expect(within(sources).getByText(/Ministry of Justice/)).toBeInTheDocument();
  });

  it('moves focus to the new heading after following a link', async () => {
    const user = userEvent.setup();
    await renderApp('/whatsapp');
    await user.click(screen.getByRole('link', { name: item.title }));
    expect(await screen.findByRole('heading', { level: 1, name: item.title })).toHaveFocus();
  });
});

describe('not found', () => {
  it.each(['/whatsapp/no-such-step', '/viber', '/viber/two-step-verification', '/signal/two-step-verification/extra'])(
    'shows the not-found page for %s',
    async (url) => {
      await renderApp(url);
      expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'The checklist home page' })).toHaveAttribute('href', '/');
    },
  );
});

describe('about page', () => {
  it('names both sources and their licences', async () => {
    await renderApp('/about');
    expect(screen.getByRole('heading', { level: 1, name: 'About this checklist' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Licences' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /CC BY-SA 4.0/ }).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: /ministryofjustice\/security-guidance/ })).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
