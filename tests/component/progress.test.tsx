import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEntries } from 'virtual:checklist';
import { storageStatus, useProgress } from '../../src/store/browser.ts';
import { emptyProgress, type ItemRecord } from '../../src/store/schema.ts';
import { STORAGE_KEY } from '../../src/store/storage.ts';
import { renderApp } from './render-app.tsx';

const items = await loadEntries();

const whatsapp = items.filter((item) => item.messenger === 'whatsapp');
const twoStep = whatsapp.find((item) => item.id === 'two-step-verification')!;
const linkedDevices = whatsapp.find((item) => item.id === 'linked-devices')!;
const DAY = 24 * 60 * 60 * 1000;

function seed(records: Record<string, ItemRecord>) {
  act(() => useProgress.setState({ items: records }));
}

beforeEach(() => {
  localStorage.clear();
  act(() => {
    useProgress.setState(emptyProgress());
    storageStatus.setState({ notices: [], mode: 'saved' });
  });
});

describe('ticking steps on a messenger page', () => {
  it('ticks a step with the keyboard, keeps focus on it, saves it and updates the count', async () => {
    const user = userEvent.setup();
    await renderApp('/whatsapp');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`0 of ${whatsapp.length} done`);
    const box = screen.getByRole('checkbox', { name: `Done: ${twoStep.title}` });
    box.focus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    expect(box).toHaveFocus();
    expect(status).toHaveTextContent(`1 of ${whatsapp.length} done`);
    // Saved in the frame after the tick (the write waits so the tick paints first).
    await vi.waitFor(() =>
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.items['whatsapp/two-step-verification']).toMatchObject({
        status: 'done',
        revision: twoStep.revision,
      }),
    );
    // A tick made today says so, without a date (formatting one is slow the first time).
    expect(screen.getByText('You marked this done today.')).toBeInTheDocument();
  });

  it('says on which day a step was ticked when that was another day', async () => {
    seed({
      'whatsapp/two-step-verification': { status: 'done', at: '2026-11-20T10:00:00.000Z', revision: twoStep.revision },
      'whatsapp/linked-devices': { status: 'skipped', at: new Date(Date.now() - 3 * DAY).toISOString(), revision: linkedDevices.revision },
    });
    await renderApp('/whatsapp');
    expect(await screen.findByText('You marked this done on 20 November 2026.')).toBeInTheDocument();
    expect(screen.getByText(/^You marked this as not applying to you on \d{1,2} \w+ \d{4}\.$/)).toBeInTheDocument();
  });

  it('unticks a step', async () => {
    const user = userEvent.setup();
    await renderApp('/whatsapp');
    const box = screen.getByRole('checkbox', { name: `Done: ${twoStep.title}` });
    await user.click(box);
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(`0 of ${whatsapp.length} done`);
  });

  it('leaves a step that does not apply out of the count, and can undo that', async () => {
    const user = userEvent.setup();
    await renderApp('/whatsapp');
    const skip = screen.getByRole('checkbox', { name: `Doesn’t apply to me: ${twoStep.title}` });
    await user.click(skip);
    expect(screen.getByRole('status')).toHaveTextContent(`0 of ${whatsapp.length - 1} done`);
    await user.click(skip);
    expect(screen.getByRole('status')).toHaveTextContent(`0 of ${whatsapp.length} done`);
  });

  it('counts essentials left', async () => {
    const user = userEvent.setup();
    await renderApp('/whatsapp');
    const essentials = whatsapp.filter((item) => item.priority === 'essential');
    expect(screen.getByRole('status')).toHaveTextContent(`${essentials.length} essentials left`);
    await user.click(screen.getByRole('checkbox', { name: `Done: ${essentials[0]!.title}` }));
    expect(screen.getByRole('status')).toHaveTextContent(`${essentials.length - 1} essentials left`);
  });
});

describe('ticking at the end of a step page', () => {
  it('marks the step done after reading it', async () => {
    const user = userEvent.setup();
    await renderApp('/whatsapp/two-step-verification');
    const progress = screen.getByRole('region', { name: 'Your progress' });
    await user.click(within(progress).getByRole('checkbox', { name: 'Mark as done' }));
    expect(useProgress.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(within(progress).getByText('You marked this done today.')).toBeInTheDocument();
  });
});

/** The filters sit behind one button. */
async function openFilters(user = userEvent.setup()) {
  await user.click(screen.getByRole('button', { name: /^Filter steps/ }));
}

describe('filters', () => {
  it('shows only steps to do, and keeps a step ticked under the filter in place until the filter changes', async () => {
    const user = userEvent.setup();
    seed({ 'whatsapp/linked-devices': { status: 'done', at: new Date().toISOString(), revision: linkedDevices.revision } });
    await renderApp('/whatsapp');
    await openFilters(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'todo');
    expect(screen.queryByRole('link', { name: linkedDevices.title })).not.toBeInTheDocument();
    expect(screen.getByText(`Showing ${whatsapp.length - 1} of ${whatsapp.length} steps.`)).toBeInTheDocument();

    const box = screen.getByRole('checkbox', { name: `Done: ${twoStep.title}` });
    await user.click(box);
    expect(box).toBeInTheDocument();
    expect(box).toHaveFocus();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'done');
    expect(screen.getByRole('link', { name: twoStep.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: linkedDevices.title })).toBeInTheDocument();
    expect(screen.getByText(`Showing 2 of ${whatsapp.length} steps.`)).toBeInTheDocument();
  });

  it('filters by priority', async () => {
    const user = userEvent.setup();
    await renderApp('/whatsapp');
    await openFilters(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'essential');
    for (const item of whatsapp) {
      const link = screen.queryByRole('link', { name: item.title });
      if (item.priority === 'essential') expect(link).toBeInTheDocument();
      else expect(link).not.toBeInTheDocument();
    }
  });

  it('reads the filter from the address, so a filtered view can be bookmarked', async () => {
    await renderApp('/whatsapp?priority=advanced&status=skipped');
    expect(screen.getByRole('button', { name: 'Filter steps (2 on)' })).toBeInTheDocument();
    await openFilters();
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('advanced');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('skipped');
    expect(screen.getByText('No steps match these filters.')).toBeInTheDocument();
  });

  it.each(['toString', '__proto__', 'constructor', 'nonsense'])('shows every step for a made-up status filter (%s)', async (status) => {
    await renderApp(`/whatsapp?status=${status}`);
    await openFilters();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('all');
    for (const item of whatsapp) expect(screen.getByRole('link', { name: item.title })).toBeInTheDocument();
  });
});

describe('checking again', () => {
  it('asks to check again when the steps changed since the tick, and counts it', async () => {
    const user = userEvent.setup();
    seed({ 'whatsapp/two-step-verification': { status: 'done', at: '2026-01-10T10:00:00.000Z', revision: twoStep.revision - 1 } });
    await renderApp('/whatsapp');
    const essentials = whatsapp.filter((item) => item.priority === 'essential').length;
    expect(twoStep.priority).toBe('essential');
    expect(twoStep.revision).toBeGreaterThan(1);
    expect(screen.getByRole('status')).toHaveTextContent(
      `0 of ${whatsapp.length} done, ${essentials} essentials left, 1 to check again`,
    );
    expect(screen.getByText(/The steps changed since you ticked this on 10 January 2026: check again/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `I checked again: ${twoStep.title}` }));
    expect(screen.getByRole('status')).toHaveTextContent(`1 of ${whatsapp.length} done, ${essentials - 1} essentials left.`);
    expect(useProgress.getState().items['whatsapp/two-step-verification']?.revision).toBe(twoStep.revision);
  });

  it('makes a recurring check due again after its interval', async () => {
    expect(linkedDevices.recheckDays).toBe(30);
    const at = new Date(Date.now() - 40 * DAY).toISOString();
    seed({ 'whatsapp/linked-devices': { status: 'done', at, revision: linkedDevices.revision } });
    await renderApp('/whatsapp/linked-devices');
    expect(screen.getByText('Last checked 40 days ago: time to check again (every 30 days).')).toBeInTheDocument();
  });

  it('does not count ticks of steps the content no longer has', async () => {
    seed({ 'whatsapp/a-removed-step': { status: 'done', at: '2026-01-10T10:00:00.000Z', revision: 1 } });
    await renderApp('/whatsapp');
    expect(screen.getByRole('status')).toHaveTextContent(`0 of ${whatsapp.length} done`);
  });
});

describe('messengers and platforms', () => {
  it('shows progress on the home page for the messengers chosen in Settings', async () => {
    const user = userEvent.setup();
    await renderApp('/settings');
    await user.click(screen.getByRole('checkbox', { name: 'Signal' }));
    expect(useProgress.getState().preferences.messengers).toEqual(['signal']);
    await renderApp('/');
    const list = screen.getByRole('list', { name: 'Choose a messenger' });
    const signal = within(list).getByRole('link', { name: 'Signal' }).closest('li')!;
    // Each card holds both views; the one not shown is hidden from screen readers.
    const shown = (element: HTMLElement) => element.closest('[aria-hidden="true"]') === null;
    await waitFor(() => expect(within(signal).getAllByText(/^0 of \d+ essentials done$/).filter(shown)).toHaveLength(1));
    expect(shown(within(signal).getByText(/essential steps/))).toBe(false);
    const whatsapp = within(list).getByRole('link', { name: 'WhatsApp' }).closest('li')!;
    expect(shown(within(whatsapp).getByText(/essential steps/))).toBe(true);
    expect(within(whatsapp).queryAllByText(/essentials done/)).toHaveLength(0);
  });

  it('shows only the steps for the chosen platforms, with a way to show all', async () => {
    const user = userEvent.setup();
    act(() => useProgress.getState().setPreferences({ messengers: [], platforms: ['android'] }));
    await renderApp('/signal/always-relay-calls');
    const steps = screen.getByRole('region', { name: 'Steps' });
    expect(within(steps).getByRole('heading', { name: 'Android and iPhone' })).toBeInTheDocument();
    expect(within(steps).queryByRole('heading', { name: 'Desktop' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Also show steps and links for iPhone and Desktop' }));
    expect(within(steps).getByRole('heading', { name: 'Desktop' })).toBeInTheDocument();
  });
});

describe('storage notices', () => {
  it('says when ticks are not being saved', async () => {
    act(() => storageStatus.getState().report({ kind: 'unavailable' }));
    await renderApp('/whatsapp');
    expect(screen.getByText('Your ticks are not being saved.')).toBeInTheDocument();
  });

  it('offers the unreadable saved data as a download', async () => {
    const user = userEvent.setup();
    act(() =>
      storageStatus.getState().report({ kind: 'recovered', problem: 'unreadable', backupKey: 'mhc:progress:backup:x', raw: '{oops' }),
    );
    await renderApp('/');
    expect(screen.getByText('Your saved progress on this device could not be read.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the original copy' })).toHaveAttribute('download');
    await user.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByText('Your saved progress on this device could not be read.')).not.toBeInTheDocument();
  });
});

describe('settings', () => {
  it('says where progress is kept and whether the browser promised to keep it', async () => {
    act(() => storageStatus.getState().setPersistence('granted'));
    await renderApp('/settings');
    expect(screen.getByText(/saved in this browser on this device/)).toBeInTheDocument();
    expect(screen.getByText('The browser has agreed to keep this data even when it runs low on space.')).toBeInTheDocument();
  });

  it('says when nothing is being saved', async () => {
    act(() => storageStatus.getState().setMode('memory'));
    await renderApp('/settings');
    expect(screen.getByText(/kept only while this page is open/)).toBeInTheDocument();
  });
});
