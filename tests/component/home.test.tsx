// The home page for a newcomer and for a returning person, and a messenger page's one filter
// control, as a person finds them by role and label.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadEntries } from 'virtual:checklist';
import { catalogOf } from '../../src/catalog/entries.ts';
import { MESSENGERS, MESSENGER_IDS } from '../../src/content/messengers.ts';
import type { ItemIndexEntry } from '../../src/content/schema.ts';
import { storageStatus, useProgress } from '../../src/store/browser.ts';
import { emptyProgress, type ItemRecord } from '../../src/store/schema.ts';
import { renderApp } from './render-app.tsx';

const catalog = catalogOf(await loadEntries());
const at = new Date().toISOString();
const done = (items: readonly ItemIndexEntry[]): Record<string, ItemRecord> =>
  Object.fromEntries(items.map((item) => [`${item.messenger}/${item.id}`, { status: 'done', at, revision: item.revision }]));

function seed(items: Record<string, ItemRecord>, messengers: (typeof MESSENGER_IDS)[number][] = []) {
  act(() => useProgress.setState({ items, preferences: { messengers, platforms: [], at } }));
}

beforeEach(() => {
  localStorage.clear();
  act(() => {
    useProgress.setState(emptyProgress());
    storageStatus.setState({ notices: [], mode: 'saved' });
  });
});

describe('home page for a newcomer', () => {
  it('says what this is, offers the three messengers with their essentials and minutes, and the takeover help', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Make your messenger account safer' })).toBeInTheDocument();
    expect(screen.getByText(/harder for others to take over your WhatsApp, Signal or Telegram account/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My account was taken over: what to do now' })).toHaveAttribute('href', '/recovery');
    const list = screen.getByRole('list', { name: 'Choose a messenger' });
    for (const id of MESSENGER_IDS) {
      const card = within(list).getByRole('link', { name: MESSENGERS[id].name }).closest('li')!;
      const essentials = catalog.essentialsOf([id]);
      const minutes = essentials.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
      expect(card).toHaveTextContent(`${essentials.length} essential steps, about ${minutes} minutes`);
    }
    expect(screen.queryByRole('link', { name: /^Continue/ })).not.toBeInTheDocument();
  });
});

describe('home page for a returning person', () => {
  it('shows Continue to their next essential step and how many essentials they have done', async () => {
    const essentials = catalog.essentialsOf(['signal']);
    seed(done(essentials.slice(0, 1)));
    await renderApp('/');
    const next = await screen.findByRole('link', { name: `Continue: ${essentials[1]!.title}` });
    expect(next).toHaveAttribute('href', `/signal/${essentials[1]!.id}`);
    expect(screen.getByText(/Next essential step for Signal/)).toBeInTheDocument();
    const card = within(screen.getByRole('list', { name: 'Choose a messenger' })).getByRole('link', { name: 'Signal' }).closest('li')!;
    expect(await within(card).findByText(`1 of ${essentials.length} essentials done`)).toBeInTheDocument();
    // The takeover help stays one click away.
    expect(screen.getByRole('link', { name: 'My account was taken over: what to do now' })).toBeInTheDocument();
  });

  it('starts with the messengers chosen in Settings, essentials before recommended steps', async () => {
    const whatsapp = catalog.essentialsOf(['whatsapp']);
    seed(done(whatsapp), ['whatsapp', 'telegram']);
    await renderApp('/');
    const first = catalog.essentialsOf(['telegram'])[0]!;
    expect(await screen.findByRole('link', { name: `Continue: ${first.title}` })).toHaveAttribute('href', `/telegram/${first.id}`);
  });

  it('with messengers chosen in Settings and nothing ticked yet, starts with the first essential', async () => {
    seed({}, ['telegram']);
    await renderApp('/');
    const first = catalog.essentialsOf(['telegram'])[0]!;
    expect(await screen.findByRole('link', { name: `Continue: ${first.title}` })).toHaveAttribute('href', `/telegram/${first.id}`);
    const card = within(screen.getByRole('list', { name: 'Choose a messenger' })).getByRole('link', { name: 'Telegram' }).closest('li')!;
    expect(await within(card).findByText(`0 of ${catalog.essentialsOf(['telegram']).length} essentials done`)).toBeInTheDocument();
  });

  it("follows progress made after the page opened: a newcomer's first tick brings Continue", async () => {
    await renderApp('/');
    expect(screen.queryByRole('link', { name: /^Continue/ })).not.toBeInTheDocument();
    const essentials = catalog.essentialsOf(['signal']);
    seed(done(essentials.slice(0, 1)));
    expect(await screen.findByRole('link', { name: `Continue: ${essentials[1]!.title}` })).toHaveAttribute('href', `/signal/${essentials[1]!.id}`);
  });

  it('goes on to the recommended steps once the essentials are done, and says when all are done', async () => {
    const essentials = catalog.essentialsOf(['whatsapp']);
    const recommended = catalog.entriesFor('whatsapp').filter((item) => item.priority === 'recommended');
    seed(done(essentials));
    await renderApp('/');
    expect(await screen.findByRole('link', { name: `Continue: ${recommended[0]!.title}` })).toHaveAttribute('href', `/whatsapp/${recommended[0]!.id}`);
    expect(screen.getByText(/Next recommended step for WhatsApp/)).toBeInTheDocument();

    seed(done([...essentials, ...recommended]));
    expect(await screen.findByText(/You have done every essential and recommended step/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Continue/ })).not.toBeInTheDocument();
  });
});

describe('messenger page filters', () => {
  it('open from one control, which says how many are on', async () => {
    const user = userEvent.setup();
    await renderApp('/whatsapp');
    const control = screen.getByRole('button', { name: 'Filter steps' });
    expect(control).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    await user.click(control);
    expect(control).toHaveAttribute('aria-expanded', 'true');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'essential');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('all');
    expect(screen.getByRole('button', { name: 'Filter steps (1 on)' })).toBeInTheDocument();
    await user.click(control);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
