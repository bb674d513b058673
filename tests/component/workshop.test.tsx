import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadEntries, loadItem } from 'virtual:checklist';
import { useProgress } from '../../src/store/browser.ts';
import { emptyProgress } from '../../src/store/schema.ts';
import { encodePlan } from '../../src/features/workshop/plan-codec.ts';
import { preloadPlan } from '../../src/features/workshop/preload.ts';
import { App } from '../../src/app/App.tsx';
import { preloadRoute } from '../../src/app/route-table.tsx';
import { LocaleProvider } from '../../src/i18n/i18n.tsx';
import { localePrefix, type Locale } from '../../src/i18n/locales.ts';
import { loadStore } from '../../src/store/deferred.ts';
import { MemoryRouter } from 'react-router';
import { renderApp } from './render-app.tsx';

const index = await loadEntries();

const essentials = index.filter((item) => item.priority === 'essential');
const planFragment = encodePlan({ items: ['signal/registration-lock', 'whatsapp/linked-devices', 'telegram/peer-to-peer-calls'], platforms: ['android'] });

/** Renders the app at `url` (the app's path, without the prefix) on a page in `locale`, as start.tsx does. */
async function renderIn(locale: Locale, url: string) {
  const { pathname, hash } = new URL(url, 'http://localhost');
  await Promise.all([preloadRoute(pathname, hash, locale), preloadPlan(hash, locale), loadStore()]);
  await act(async () => {
    render(
      <LocaleProvider value={locale}>
        <MemoryRouter basename={localePrefix(locale)} initialEntries={[`${localePrefix(locale)}${url}`]}>
          <App />
        </MemoryRouter>
      </LocaleProvider>,
    );
  });
}

beforeEach(() => {
  localStorage.clear();
  act(() => useProgress.setState(emptyProgress()));
});

describe('planning a workshop', () => {
  it('starts with the essential steps of every messenger, in content order', async () => {
    await renderApp('/workshop');
    const plan = screen.getByRole('list', { name: 'The plan, in order' });
    expect(within(plan).getAllByRole('listitem').map((li) => li.textContent?.split(' (')[0])).toEqual(essentials.map((item) => item.title));
  });

  it('adds up the minutes of the planned steps against the session length', async () => {
    const user = userEvent.setup();
    await renderApp('/workshop');
    const total = essentials.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
    expect(total).toBeGreaterThan(10);
    const status = screen.getByText(/^The steps take/);
    expect(status).toHaveTextContent(`The steps take about ${total} minutes`);
    const length = screen.getByLabelText('Session length in minutes');
    await user.clear(length);
    await user.type(length, '10');
    expect(status).toHaveTextContent(`${total - 10} minutes more than the session`);
  });

  it('drops a messenger, adds a step and reorders, and the link follows', async () => {
    const user = userEvent.setup();
    await renderApp('/workshop');
    const before = (screen.getByLabelText('Workshop link') as HTMLInputElement).value;
    await user.click(screen.getByRole('checkbox', { name: 'Telegram' }));
    await user.click(screen.getByRole('checkbox', { name: /^Relay all Signal calls/ }));
    const plan = screen.getByRole('list', { name: 'The plan, in order' });
    expect(within(plan).queryByText(/Telegram/)).not.toBeInTheDocument();
    const last = within(plan).getAllByRole('listitem').at(-1)!;
    expect(last).toHaveTextContent('Relay all Signal calls');
    await user.click(within(last).getByRole('button', { name: /^Move up:/ }));
    expect(within(plan).getAllByRole('listitem').at(-2)).toHaveTextContent('Relay all Signal calls');
    expect((screen.getByLabelText('Workshop link') as HTMLInputElement).value).not.toBe(before);
    expect(screen.getByRole('link', { name: 'Open the presenter view' })).toHaveAttribute('href', expect.stringMatching(/^\/workshop\/present#/));
  });

  it('gives a workshop link in the trainer\'s language, so participants open the steps in it', async () => {
    await renderIn('es', '/workshop');
    const link = (screen.getByRole('textbox') as HTMLInputElement).value;
    expect(link).toMatch(new RegExp(`^${window.location.origin}/es/workshop/join#`));
    expect(await screen.findByRole('img', { name: 'Código QR del enlace del taller' })).toBeInTheDocument();
  });
});

describe('joining a workshop', () => {
  it('shows exactly the planned steps, in order, with tick boxes for the participant', async () => {
    const user = userEvent.setup();
    await renderApp(`/workshop/join#${planFragment}`);
    const titles = (await screen.findAllByRole('heading', { level: 2 })).map((heading) => heading.textContent);
    expect(titles).toEqual(['Set a Signal PIN and turn on Registration Lock', 'Check your linked devices', 'Turn off peer-to-peer calls to hide your IP address']);
    await user.click(screen.getByRole('checkbox', { name: 'Done: Check your linked devices' }));
    expect(useProgress.getState().items['whatsapp/linked-devices']?.status).toBe('done');
  });

  it('explains a damaged workshop link', async () => {
    await renderApp(`/workshop/join#${planFragment.slice(0, -3)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('This workshop link is damaged');
  });
});

describe('presenting', () => {
  const titles = ['Set a Signal PIN and turn on Registration Lock', 'Check your linked devices', 'Turn off peer-to-peer calls to hide your IP address'];
  const slideTitle = () => screen.getByRole('heading', { level: 2 }).textContent;
  const press = (key: string, options: { shiftKey?: boolean } = {}) => fireEvent.keyDown(document.body, { key, ...options });

  it('shows one step per slide, what it protects and its progress, and moves with the buttons', async () => {
    const user = userEvent.setup();
    await renderApp(`/workshop/present#${planFragment}`);
    expect(await screen.findByRole('heading', { level: 2, name: titles[0] })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Step 1 of 3');
    expect(screen.getByText((await loadItem('signal', 'registration-lock'))!.protects)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(slideTitle()).toBe(titles[2]);
    expect(screen.getByRole('status')).toHaveTextContent('Step 3 of 3');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByText('telegram.org/blog/calls')).toBeInTheDocument();
  });

  it('moves with the arrow keys, a clicker (Page Down and Page Up), Space, Home and End', async () => {
    await renderApp(`/workshop/present#${planFragment}`);
    await screen.findByRole('heading', { level: 2, name: titles[0] });
    const steps: [string, { shiftKey?: boolean }, string][] = [
      ['ArrowRight', {}, titles[1]!],
      ['ArrowLeft', {}, titles[0]!],
      ['PageDown', {}, titles[1]!],
      ['PageUp', {}, titles[0]!],
      [' ', {}, titles[1]!],
      [' ', { shiftKey: true }, titles[0]!],
      ['End', {}, titles[2]!],
      ['ArrowRight', {}, titles[2]!],
      ['Home', {}, titles[0]!],
      ['ArrowLeft', {}, titles[0]!],
    ];
    for (const [key, options, title] of steps) {
      act(() => void press(key, options));
      expect(slideTitle(), `after ${key}${options.shiftKey ? ' with Shift' : ''}`).toBe(title);
    }
  });

  it('mirrors the arrow keys on a right-to-left page, by the page\'s language', async () => {
    const arabic = await Promise.all([loadItem('signal', 'registration-lock', 'ar'), loadItem('whatsapp', 'linked-devices', 'ar')]);
    const [first, second] = arabic.map((item) => item!.title);
    await renderIn('ar', `/workshop/present#${planFragment}`);
    await screen.findByRole('heading', { level: 2, name: first });
    act(() => void press('ArrowLeft'));
    expect(slideTitle()).toBe(second);
    act(() => void press('ArrowRight'));
    expect(slideTitle()).toBe(first);
    act(() => void press('PageDown'));
    expect(slideTitle()).toBe(second);
    // The buttons announce the keys that move them on this page.
    expect(screen.getByRole('button', { name: 'التالي' })).toHaveAttribute('aria-keyshortcuts', 'ArrowLeft PageDown Space');
    expect(screen.getByRole('button', { name: 'السابق' })).toHaveAttribute('aria-keyshortcuts', 'ArrowRight PageUp');
  });

  it('opens the QR code with the key in Q\'s place when the keyboard is set to another alphabet', async () => {
    await renderApp(`/workshop/present#${planFragment}`);
    await screen.findByRole('heading', { level: 2, name: titles[0] });
    act(() => void fireEvent.keyDown(document.body, { key: 'й', code: 'KeyQ' }));
    expect(screen.getByRole('dialog', { name: 'Workshop QR code' })).toBeInTheDocument();
  });

  it('hides the site header while the slides are shown', async () => {
    const { unmount } = await renderApp(`/workshop/present#${planFragment}`);
    await screen.findByRole('heading', { level: 2, name: titles[0] });
    expect(document.documentElement).toHaveClass('presenting');
    unmount();
    expect(document.documentElement).not.toHaveClass('presenting');
  });

  it('Q shows the QR code over the slide with the address of the plan; Escape closes it and gives focus back', async () => {
    const user = userEvent.setup();
    await renderApp(`/workshop/present#${planFragment}`);
    await screen.findByRole('heading', { level: 2, name: titles[0] });
    const qrButton = screen.getByRole('button', { name: 'QR code' });
    qrButton.focus();
    await user.keyboard('q');
    const dialog = screen.getByRole('dialog', { name: 'Workshop QR code' });
    expect(await within(dialog).findByRole('img', { name: 'QR code of the workshop link' })).toBeInTheDocument();
    expect(within(dialog).getByText(`${window.location.host}/workshop/join#${planFragment}`)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    act(() => void press('ArrowRight'));
    expect(slideTitle()).toBe(titles[0]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(qrButton).toHaveFocus());
  });

  it('leads back to the planner with the same plan', async () => {
    const user = userEvent.setup();
    await renderApp(`/workshop/present#${planFragment}`);
    await screen.findByRole('heading', { level: 2, name: titles[0] });
    await user.click(screen.getByRole('link', { name: 'Exit' }));
    const plan = await screen.findByRole('list', { name: 'The plan, in order' });
    expect(within(plan).getAllByRole('listitem').map((li) => li.textContent?.split(' (')[0])).toEqual(titles);
    await waitFor(() => expect(document.documentElement).not.toHaveClass('presenting'));
  });
});

describe('running the session', () => {
  it('gives trainers an agenda, helpers, what to bring, different phones and consent, linked from the planner', async () => {
    const user = userEvent.setup();
    await renderApp('/workshop');
    await user.click(screen.getByRole('link', { name: 'Running the session' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Running the session' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'A 90-minute session',
      'Helpers in the room',
      'What to bring',
      'When someone’s phone is different',
      'Consent and privacy in the room',
    ]);
    const agenda = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(agenda).toEqual(['Welcome and threat check', 'Essentials, one messenger at a time', 'The recovery path', 'Questions and what comes next']);
    expect(screen.getByText(/^1:15 to 1:30, 15 minutes/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print this guide' })).toBeInTheDocument();
  });
});

describe('the handout', () => {
  it('lists every planned step under its messenger, with its help address and the credits', async () => {
    await renderApp(`/workshop/handout#${planFragment}`);
    const whatsapp = await screen.findByRole('region', { name: 'WhatsApp' });
    expect(within(whatsapp).getByRole('heading', { name: /Check your linked devices/ })).toBeInTheDocument();
    expect(within(whatsapp).getByText(/faq\.whatsapp\.com\/378279804439436/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Signal' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Telegram' })).toBeInTheDocument();
    expect(screen.getByText(/From the Messenger hardening checklist/)).toHaveTextContent('Guidance under CC BY-SA 4.0');
  });
});
