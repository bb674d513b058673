// Recovery ticks belong to a step, not to a position: reordering or inserting steps never moves
// a person's tick to another step, and ticks saved by position before ids existed find their step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recoveryStepsOf } from '../../src/catalog/entries.ts';
import { compile } from '../../src/compiler/compile.ts';
import { recoveryStepKey } from '../../src/content/item-number.ts';
import type { ChecklistItem } from '../../src/content/schema.ts';
import { renameKeys } from '../../src/store/codec.ts';
import { emptyProgress } from '../../src/store/model.ts';

const original = readFileSync(new URL('../fixtures/content/good/signal/account-takeover-recovery.md', import.meta.url), 'utf8');
const path = 'content/signal/account-takeover-recovery.md';
const settingsEntry = { path: 'content/settings-entry.md', text: readFileSync(new URL('../fixtures/content/good/settings-entry.md', import.meta.url), 'utf8') };
const AT = '2026-12-02T09:00:00.000Z';

function recoveryItem(text: string): ChecklistItem {
  const { items, problems } = compile([{ path, text }, settingsEntry]);
  expect(problems).toEqual([]);
  return items[0]!;
}

/** Each step's key in progress, by the step's text. */
function keysByText(item: ChecklistItem): Map<string, string> {
  return new Map(recoveryStepsOf(item).map((step) => [JSON.stringify(step.blocks), recoveryStepKey(item.messenger, step.id)]));
}

// The same item with its two Android steps swapped, each step keeping its id, and a new step first.
const reordered = original
  .replace(
    / {2}- id: check-account\n {4}revision: 2\n {4}was: 2\n {2}- id: remove-linked-devices\n {4}revision: 1\n {4}was: 1\n/,
    '  - id: new-first-step\n    revision: 1\n  - id: remove-linked-devices\n    revision: 1\n    was: 1\n  - id: check-account\n    revision: 2\n    was: 2\n',
  )
  .replace(
    /1\. Send a message to yourself in \*\*Note to Self\*\*\.\n2\. (Open .+\n)/,
    '1. A new first step.\n2. $1' + '3. Send a message to yourself in **Note to Self**.\n',
  );

describe('recovery ticks', () => {
  it('stay with their step when steps are reordered or a step is inserted', () => {
    expect(reordered).not.toBe(original);
    const before = keysByText(recoveryItem(original));
    const after = keysByText(recoveryItem(reordered));
    expect(after.size).toBe(before.size + 1);
    for (const [text, key] of before) expect(after.get(text), text).toBe(key);
  });

  it('saved by position before steps had ids, move to the step that was at that position', () => {
    const item = recoveryItem(original);
    const renames = Object.fromEntries(
      item.recoverySteps!.flatMap((step) => (step.was === undefined ? [] : [[recoveryStepKey('signal', step.was), recoveryStepKey('signal', step.id)]])),
    );
    const saved = { ...emptyProgress(), items: { 'recovery/signal-2': { status: 'done' as const, at: '2026-11-30T10:00:00.000Z', revision: 1 } } };
    const moved = renameKeys(saved, renames, AT);
    // Position 2 was "Note to Self", which is now the step with the id check-account.
    expect(moved.items['recovery/signal-check-account']).toEqual(saved.items['recovery/signal-2']);
    // The old key no longer holds a tick (saved data merges, so it is taken back, not deleted).
    expect(moved.items['recovery/signal-2']).toEqual({ status: 'todo', at: AT, revision: 1 });
  });

  it('keep the newer tick when an old and a new key name the same step', () => {
    const older = { status: 'done' as const, at: '2026-11-01T10:00:00.000Z', revision: 1 };
    const newer = { status: 'todo' as const, at: '2026-11-30T10:00:00.000Z', revision: 1 };
    const data = { ...emptyProgress(), items: { 'recovery/signal-1': older, 'recovery/signal-check': newer } };
    expect(renameKeys(data, { 'recovery/signal-1': 'recovery/signal-check' }, AT).items['recovery/signal-check']).toEqual(newer);
  });

  it('leave progress untouched when nothing was saved by position', () => {
    const data = { ...emptyProgress(), items: { 'signal/registration-lock': { status: 'done' as const, at: '2026-11-30T10:00:00.000Z', revision: 1 } } };
    expect(renameKeys(data, { 'recovery/signal-1': 'recovery/signal-check' }, AT)).toBe(data);
    const untickedOnly = { ...emptyProgress(), items: { 'recovery/signal-1': { status: 'todo' as const, at: AT, revision: 1 } } };
    expect(renameKeys(untickedOnly, { 'recovery/signal-1': 'recovery/signal-check' }, AT)).toBe(untickedOnly);
  });
});
