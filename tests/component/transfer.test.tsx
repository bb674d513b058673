import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { flushProgress, useProgress } from '../../src/store/browser.ts';
import { encodeLink } from '../../src/store/link-codec.ts';
import type { ProgressData } from '../../src/store/schema.ts';
import { STORAGE_KEY } from '../../src/store/storage.ts';
import { renderApp, resetProgress } from './render-app.tsx';

const fromLink: ProgressData = {
  items: {
    'whatsapp/two-step-verification': { status: 'done', at: '2026-11-01T00:00:00.000Z', revision: 1 },
    'signal/registration-lock': { status: 'done', at: '2026-11-01T00:00:00.000Z', revision: 1 },
    'signal/linked-devices': { status: 'skipped', at: '2026-11-01T00:00:00.000Z', revision: 1 },
  },
  preferences: { messengers: ['signal', 'whatsapp'], platforms: ['android'], at: '2026-11-01T00:00:00.000Z' },
};
const fragment = encodeLink(fromLink, new Date('2026-11-03T14:27:00.000Z'));

beforeEach(async () => {
  await resetProgress();
  act(() => useProgress.getState().setStatus({ messenger: 'telegram', id: 'active-sessions', revision: 1 }, 'done'));
  // The tick's write waits for a frame; the tests compare storage before and after, so write it now.
  flushProgress();
});

describe('opening a progress link', () => {
  it('says what the link holds and changes nothing until the person chooses', async () => {
    await renderApp(`/restore#${fragment}`);
    const preview = screen.getByRole('region', { name: 'Progress from a link' });
    expect(preview).toHaveTextContent('2 steps done and 1 marked “doesn’t apply” across WhatsApp and Signal, saved 3 November 2026');
    expect(useProgress.getState().items['signal/registration-lock']).toBeUndefined();
  });

  it('merges, keeping what was here', async () => {
    const user = userEvent.setup();
    await renderApp(`/restore#${fragment}`);
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(screen.getByText('Done: the progress was merged with what was here.')).toHaveFocus();
    expect(useProgress.getState().items['signal/registration-lock']?.status).toBe('done');
    expect(useProgress.getState().items['telegram/active-sessions']?.status).toBe('done');
  });

  it('replaces what was here', async () => {
    const user = userEvent.setup();
    await renderApp(`/restore#${fragment}`);
    expect(screen.getByText(/changes 4 steps here/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace what is here' }));
    expect(useProgress.getState().items['telegram/active-sessions']?.status).toBe('todo');
    expect(useProgress.getState().items['signal/linked-devices']?.status).toBe('skipped');
  });

  it('cancels without changing anything', async () => {
    const user = userEvent.setup();
    await renderApp(`/restore#${fragment}`);
    const before = localStorage.getItem(STORAGE_KEY);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Cancelled: nothing here has changed.')).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('explains a tampered link and changes nothing', async () => {
    const before = localStorage.getItem(STORAGE_KEY);
    await renderApp(`/restore#${fragment.slice(0, -4)}AAAA`);
    expect(screen.getByRole('alert')).toHaveTextContent('This link is damaged');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing here has changed.');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });
});

describe('files', () => {
  // jsdom gives test modules an http: import.meta.url, so resolve from the project root.
  const fixture = (name: string) => readFileSync(resolve('tests/fixtures/transfer', name), 'utf8');

  it('previews an exported file and merges it', async () => {
    const user = userEvent.setup();
    await renderApp('/progress');
    await user.upload(screen.getByLabelText('Restore from a file you downloaded'), new File([fixture('good.json')], 'progress.json', { type: 'application/json' }));
    const preview = await screen.findByRole('region', { name: 'Progress from a file' });
    expect(preview).toHaveTextContent('1 step in it is not in this version of the checklist and will be kept but not shown.');
    await user.click(within(preview).getByRole('button', { name: 'Merge' }));
    expect(useProgress.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(screen.getByText('Done: the progress was merged with what was here.')).toBeInTheDocument();
  });

  it.each([
    ['prototype-pollution.json', 'This progress file is damaged or was edited'],
    ['not-json.json', 'it is not a JSON file'],
    ['newer-version.json', 'made by a newer version of the checklist'],
  ])('refuses %s with a clear message and keeps what was here', async (name, message) => {
    const user = userEvent.setup();
    const before = localStorage.getItem(STORAGE_KEY);
    await renderApp('/progress');
    await user.upload(screen.getByLabelText('Restore from a file you downloaded'), new File([fixture(name)], name, { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing here has changed.');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });
});

describe('clearing and private mode', () => {
  it('clears all progress with an undo', async () => {
    const user = userEvent.setup();
    await renderApp('/progress');
    await user.click(screen.getByRole('button', { name: 'Clear all progress' }));
    expect(useProgress.getState().items['telegram/active-sessions']?.status).toBe('todo');
    await user.click(screen.getByRole('button', { name: 'Undo clearing' }));
    expect(useProgress.getState().items['telegram/active-sessions']?.status).toBe('done');
    expect(screen.getByText('Undone: your progress is back.')).toBeInTheDocument();
  });

  it('"don\'t remember me" removes what was saved, writes nothing more, and shows on every page', async () => {
    const user = userEvent.setup();
    await renderApp('/progress');
    await user.click(screen.getByRole('checkbox', { name: 'Don’t remember me on this device' }));
    expect(localStorage.length).toBe(0);
    act(() => useProgress.getState().setStatus({ messenger: 'signal', id: 'registration-lock', revision: 1 }, 'done'));
    expect(localStorage.length).toBe(0);
    await renderApp('/whatsapp');
    const banner = screen.getAllByRole('complementary', { name: 'Not remembering you' })[0]!;
    await user.click(within(banner).getByRole('button', { name: 'Forget everything here' }));
    expect(useProgress.getState().items).toEqual({});
    expect(sessionStorage.length).toBe(0);
  });
});
