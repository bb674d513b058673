// "What changed": every item's changes, newest first, filtered by messenger through links to
// the messenger's own page. The change log is a fixture (content may have few changes yet),
// made of items that exist, so the links lead somewhere real.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ChangeEntry } from '../../src/content/schema.ts';
import { formatDate } from '../../src/i18n/format-date.ts';
import { renderApp } from './render-app.tsx';

const fixture = vi.hoisted(() => ({ changes: [] as ChangeEntry[] }));

vi.mock('virtual:checklist/changes', async () => {
  const index = await (await import('virtual:checklist')).loadEntries();
  const whatsapp = index.filter((item) => item.messenger === 'whatsapp').slice(0, 2);
  const signal = index.find((item) => item.messenger === 'signal')!;
  const entry = ({ messenger, id, title }: (typeof index)[number], date: string, revision: number, note: string): ChangeEntry => ({
    messenger,
    id,
    title,
    date,
    revision,
    note,
  });
  // Newest first, as the compiler emits it; no Telegram changes at all.
  fixture.changes = [
    entry(signal, '2026-11-30', 3, 'The setting moved from Privacy to Account.'),
    entry(whatsapp[0]!, '2026-11-12', 2, 'WhatsApp renamed the menu to Linked devices.'),
    entry(whatsapp[1]!, '2026-10-02', 4, 'The steps now cover the desktop app too.'),
  ];
  return { changes: fixture.changes };
});

describe('"What changed"', () => {
  it('lists every change, newest first, each with its date, messenger, item, revision and sentence', async () => {
    await renderApp('/changes');
    expect(screen.getByRole('heading', { level: 1, name: 'What changed' })).toBeInTheDocument();
    const rows = within(screen.getByRole('list', { name: 'Changes, newest first' })).getAllByRole('listitem');
    expect(rows).toHaveLength(fixture.changes.length);
    rows.forEach((row, position) => {
      const change = fixture.changes[position]!;
      expect(within(row).getByText(formatDate(change.date, 'en'))).toHaveAttribute('datetime', change.date);
      expect(row).toHaveTextContent(`revision ${change.revision}`);
      expect(within(row).getByRole('link', { name: change.title })).toHaveAttribute('href', `/${change.messenger}/${change.id}`);
      expect(row).toHaveTextContent(change.note);
    });
  });

  it("filters by messenger with links to that messenger's own list", async () => {
    const user = userEvent.setup();
    await renderApp('/changes');
    const filter = screen.getByRole('navigation', { name: 'Show changes for' });
    expect(within(filter).getByRole('link', { name: 'All messengers' })).toHaveAttribute('aria-current', 'page');
    const whatsapp = within(filter).getByRole('link', { name: 'WhatsApp' });
    expect(whatsapp).toHaveAttribute('href', '/changes/whatsapp');

    await user.click(whatsapp);
    expect(await screen.findByRole('heading', { level: 1, name: 'What changed in WhatsApp' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Show changes for' })).getByRole('link', { name: 'WhatsApp' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const rows = within(screen.getByRole('list', { name: 'Changes to WhatsApp, newest first' })).getAllByRole('listitem');
    const expected = fixture.changes.filter((change) => change.messenger === 'whatsapp');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(expected.map((change) => change.title));
  });

  it('says plainly when nothing has changed yet', async () => {
    await renderApp('/changes/telegram');
    expect(screen.getByRole('heading', { level: 1, name: 'What changed in Telegram' })).toBeInTheDocument();
    expect(screen.getByText('No changes recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /newest first/ })).not.toBeInTheDocument();
  });

  it('is linked from the footer of every page and from the About page', async () => {
    await renderApp('/about');
    const links = screen.getAllByRole('link', { name: 'What changed' });
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) expect(link).toHaveAttribute('href', '/changes');
    expect(screen.getByRole('link', { name: '/changes.atom' })).toHaveAttribute('href', '/changes.atom');
  });
});
