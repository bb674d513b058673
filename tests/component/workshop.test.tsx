import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadEntries } from 'virtual:checklist';
import { useProgress } from '../../src/store/browser.ts';
import { emptyProgress } from '../../src/store/schema.ts';
import { encodePlan } from '../../src/features/workshop/plan-codec.ts';
import { renderApp } from './render-app.tsx';

const index = await loadEntries();

const essentials = index.filter((item) => item.priority === 'essential');
const planFragment = encodePlan({ items: ['signal/registration-lock', 'whatsapp/linked-devices', 'telegram/peer-to-peer-calls'], platforms: ['android'] });

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
  it('shows one step per screen and moves with the arrow keys and buttons', async () => {
    const user = userEvent.setup();
    await renderApp(`/workshop/present#${planFragment}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Set a Signal PIN and turn on Registration Lock' })).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3: Signal')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { level: 2, name: 'Check your linked devices' })).toBeInTheDocument();
    expect(screen.getByText('Step 2 of 3: WhatsApp')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getByText('Step 1 of 3: Signal')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText('Step 3 of 3: Telegram')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    expect(screen.getByText('telegram.org/blog/calls')).toBeInTheDocument();
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
