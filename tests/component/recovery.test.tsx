import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useProgress } from '../../src/store/browser.ts';
import { emptyProgress } from '../../src/store/schema.ts';
import { preloadRecovery } from '../../src/catalog/catalog.ts';
import { loadCatalog, recoveryStepsOf } from '../../src/catalog/entries.ts';
import { renderApp } from './render-app.tsx';

const catalog = await loadCatalog();
const recoveryEntry = (messenger: string) => catalog.entry(`${messenger}/account-takeover-recovery`)!;

beforeEach(() => {
  localStorage.clear();
  act(() => useProgress.setState(emptyProgress()));
});

describe('"my account was taken over"', () => {
  it('is one click from the home page and from each messenger page', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    await user.click(screen.getByRole('link', { name: 'My account was taken over: what to do now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My account was taken over' })).toBeInTheDocument();
    await renderApp('/signal');
    expect(screen.getByRole('link', { name: 'Someone else is using my Signal account: what to do now' })).toHaveAttribute('href', '/recovery/signal');
  });

  it.each(['whatsapp', 'signal', 'telegram'])('lists the %s recovery steps in the content\'s order, each with its tick box', async (messenger) => {
    const item = (await preloadRecovery(messenger as 'whatsapp'))!;
    await renderApp(`/recovery/${messenger}`);
    const region = screen.getByRole('region', { name: 'What to do now' });
    const list = within(region).getAllByRole('list').find((candidate) => candidate.tagName === 'OL')!;
    const steps = within(list).getAllByRole('listitem').filter((step) => step.parentElement === list);
    expect(steps).toHaveLength(recoveryStepsOf(item).length);
    steps.forEach((step, position) => {
      expect(within(step).getByRole('checkbox', { name: `Done: step ${position + 1}` })).toBeInTheDocument();
    });
  });

  it('lists the WhatsApp steps in order, from re-registering to reporting', async () => {
    await renderApp('/recovery/whatsapp');
    const region = screen.getByRole('region', { name: 'What to do now' });
    const list = within(region).getAllByRole('list').find((candidate) => candidate.tagName === 'OL')!;
    const steps = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    const ids = recoveryEntry('whatsapp').recoverySteps!.map((step) => step.id);
    expect(steps).toHaveLength(ids.length);
    const step = (id: string) => {
      expect(ids).toContain(id);
      return steps[ids.indexOf(id)];
    };
    // Re-registering comes first, in this order; warning contacts and reporting come after it.
    expect(ids.slice(0, 4)).toEqual(['sign-in-again', 'enter-sms-code', 'wait-out-unknown-pin', 'log-out-linked-devices']);
    expect(step('sign-in-again')).toHaveTextContent('sign in with your phone number');
    expect(step('enter-sms-code')).toHaveTextContent('6-digit code');
    expect(step('wait-out-unknown-pin')).toHaveTextContent('wait 7 days');
    expect(step('log-out-linked-devices')).toHaveTextContent('Linked devices');
    expect(step('warn-contacts')).toHaveTextContent('Warn your contacts');
    expect(step('tell-security-team')).toHaveTextContent('security team');
    expect(ids.indexOf('warn-contacts')).toBeLessThan(ids.indexOf('tell-security-team'));
  });

  it('lets each step be ticked, with no earlier progress', async () => {
    const user = userEvent.setup();
    await renderApp('/recovery/whatsapp');
    const first = screen.getByRole('checkbox', { name: 'Done: step 1' });
    await user.click(first);
    expect(first).toBeChecked();
    const [step] = recoveryEntry('whatsapp').recoverySteps!;
    expect(useProgress.getState().items[`recovery/whatsapp-${step!.id}`]).toMatchObject({ status: 'done', revision: step!.revision });
  });

  it('shows ticks saved by step position in earlier versions on the same step', async () => {
    const first = recoveryEntry('signal').recoverySteps!.find((step) => step.was === 1)!;
    const position = recoveryEntry('signal').recoverySteps!.indexOf(first) + 1;
    act(() => useProgress.setState({ items: { 'recovery/signal-1': { status: 'done', at: '2026-11-20T10:00:00.000Z', revision: 1 } } }));
    act(() => useProgress.getState().renameKeys(catalog.recoveryRenames));
    await renderApp('/recovery/signal');
    expect(screen.getByRole('checkbox', { name: `Done: step ${position}` })).toBeChecked();
    expect(useProgress.getState().items['recovery/signal-1']?.status).toBe('todo');
  });

  it('asks to check a recovery step again when that step changed', async () => {
    const [step] = recoveryEntry('telegram').recoverySteps!;
    act(() =>
      useProgress.setState({
        items: { [`recovery/telegram-${step!.id}`]: { status: 'done', at: '2026-11-20T10:00:00.000Z', revision: step!.revision - 1 } },
      }),
    );
    await renderApp('/recovery/telegram');
    expect(screen.getByText(/The steps changed since you ticked this/)).toBeInTheDocument();
  });

  it('points to the prevention steps afterwards', async () => {
    await renderApp('/recovery/telegram');
    const afterwards = screen.getByRole('heading', { name: 'Afterwards: keep it from happening again' }).nextElementSibling as HTMLElement;
    expect(within(afterwards).getByRole('link', { name: 'Turn on two-step verification' })).toHaveAttribute('href', '/telegram/two-step-verification');
  });

  it('shows the not-found page for an unknown messenger', async () => {
    await renderApp('/recovery/viber');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
