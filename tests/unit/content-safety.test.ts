// The safety defects found in the 2026-12-02 content review, pinned by what the compiled
// content does (which items exist, how they link, how recovery steps are ordered, what
// revision they carry), not by their wording, so that routine edits keep them fixed.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.ts';
import { formatProblems } from '../../src/compiler/problems.ts';
import { loadContentFiles } from '../../src/compiler/load.ts';
import { MESSENGER_IDS } from '../../src/content/messengers.ts';
import type { Block, ChecklistItem, Inline, StepGroup } from '../../src/content/schema.ts';
import { RECOVERY_ITEM_ID } from '../../src/content/vocabulary.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { items, problems } = compile(await loadContentFiles(root));

const KEEP_ACTIVE_ID = 'keep-account-active';
/** Items whose protection lapses when the account is not used for a while (7 days). */
const LAPSES_WITH_INACTIVITY = ['whatsapp/two-step-verification', 'signal/registration-lock'] as const;

function find(ref: string): ChecklistItem {
  const item = items.find((candidate) => `${candidate.messenger}/${candidate.id}` === ref);
  expect(item, `${ref} is missing`).toBeDefined();
  return item!;
}

/** Every inline node in some blocks, in reading order. */
function inlines(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  const walk = (block: Block | { type: 'paragraph'; children: Inline[] }) => {
    if (block.type === 'paragraph') out.push(...block.children.flatMap((node): Inline[] => (node.type === 'path' ? [node, ...node.segments.flat()] : [node])));
    else for (const entry of block.items) for (const child of entry) walk(child as Block);
  };
  blocks.forEach(walk);
  return out;
}

function bodyInlines(item: ChecklistItem): Inline[] {
  return [...inlines(item.why), ...item.steps.flatMap((group) => inlines(group.blocks)), ...inlines(item.caveats)];
}

function linksTo(item: ChecklistItem, messenger: string, id: string): boolean {
  return bodyInlines(item).some((node) => node.type === 'item-link' && node.messenger === messenger && node.id === id);
}

/** The words of some inline nodes; a menu path's labels joined by " → ", as the Markdown writes them. */
function text(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if ('value' in node) return node.value;
      if (node.type === 'path') return node.segments.map(text).join(' → ');
      return text(node.children);
    })
    .join('');
}

/** The numbered steps of an item across its step groups, in order: what recoverySteps names one by one. */
function numberedSteps(groups: readonly StepGroup[]): string[] {
  return groups.flatMap((group) =>
    group.blocks.flatMap((block) =>
      block.type === 'list' && block.ordered
        ? block.items.map((entry) => text(inlines(entry.filter((child): child is Extract<Block, { type: 'paragraph' }> => child.type === 'paragraph'))))
        : [],
    ),
  );
}

function recoveryOf(messenger: string) {
  const item = find(`${messenger}/${RECOVERY_ITEM_ID}`);
  const ids = (item.recoverySteps ?? []).map((step) => step.id);
  const steps = numberedSteps(item.steps);
  expect(ids.length, item.file).toBe(steps.length);
  /** The 1-based position of a step, by its stable id. */
  const position = (id: string) => {
    expect(ids, `${item.file} has no step ${id}`).toContain(id);
    return ids.indexOf(id) + 1;
  };
  return { item, ids, steps, position };
}

/** Whether a step's text points to step `n` ("step 3", "steps 3 to 5", "steps 2 and 3"). */
function pointsTo(stepText: string, n: number): boolean {
  for (const match of stepText.matchAll(/steps? (\d+)(?: (?:to|and) (\d+))?/g)) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (n >= from && n <= to) return true;
  }
  return false;
}

it('compiles the content with zero problems', () => {
  expect(problems, formatProblems(problems)).toEqual([]);
});

describe('(a) locks that lapse when the account is not used', () => {
  it.each(MESSENGER_IDS)('%s has an essential keep-account-active item that comes due again within 7 days', (messenger) => {
    const keepActive = find(`${messenger}/${KEEP_ACTIVE_ID}`);
    expect(keepActive.priority).toBe('essential');
    expect(keepActive.recheckDays).toBeDefined();
    expect(keepActive.recheckDays!).toBeLessThanOrEqual(7);
  });

  it.each(LAPSES_WITH_INACTIVITY)('%s links to keep-account-active and asks people who ticked it to check again', (ref) => {
    const item = find(ref);
    expect(linksTo(item, item.messenger, KEEP_ACTIVE_ID), `${item.file} has no link to ${KEEP_ACTIVE_ID}`).toBe(true);
    expect(item.revision).toBeGreaterThan(1);
  });
});

describe('(b) Telegram: a new login cannot end other sessions for 24 hours', () => {
  it('says what to do while other sessions cannot be ended, before or right beside the step that ends them', () => {
    const { steps, position } = recoveryOf('telegram');
    const waiting = position('while-sessions-cannot-end');
    const ending = position('end-unknown-sessions');
    // Before it, or right after it with the ending step sending people there first.
    const beside = waiting === ending + 1 && pointsTo(steps[ending - 1]!, waiting);
    expect(waiting < ending || beside, `step ${waiting} (waiting) vs step ${ending} (ending sessions)`).toBe(true);
    // A new login elsewhere in the path also sends people to the waiting step before ending sessions.
    const newLogin = position('log-in-again');
    expect(waiting < newLogin || pointsTo(steps[newLogin - 1]!, waiting)).toBe(true);
  });

  it('has a step for when the intruder set their own two-step password', () => {
    const { position } = recoveryOf('telegram');
    expect(position('intruder-set-password')).toBeGreaterThan(0);
  });

  it('sends people from the active-sessions item to the recovery path', () => {
    const sessions = find('telegram/active-sessions');
    expect(linksTo(sessions, 'telegram', RECOVERY_ITEM_ID)).toBe(true);
    expect(sessions.revision).toBeGreaterThan(1);
  });
});

describe("(c) Signal: an intruder's own Registration Lock", () => {
  it('has a step for it after the step that registers again', () => {
    const { position } = recoveryOf('signal');
    expect(position('intruder-set-pin')).toBeGreaterThan(position('register-again'));
  });
});

describe('recovery paths', () => {
  it.each(MESSENGER_IDS)('%s: every "step N" a recovery step mentions exists', (messenger) => {
    const { steps } = recoveryOf(messenger);
    for (const [index, step] of steps.entries()) {
      for (const match of step.matchAll(/steps? (\d+)(?: (?:to|and) (\d+))?/g)) {
        for (const n of [match[1], match[2]].filter((value) => value !== undefined).map(Number)) {
          expect(n, `step ${index + 1}: "${step}"`).toBeGreaterThanOrEqual(1);
          expect(n, `step ${index + 1}: "${step}"`).toBeLessThanOrEqual(steps.length);
          expect(n, `step ${index + 1} points to itself`).not.toBe(index + 1);
        }
      }
    }
  });
});

describe('time estimates', () => {
  it('says for every item about how long its steps take', () => {
    for (const item of items) expect(item.minutes, `${item.messenger}/${item.id}`).toBeGreaterThan(0);
  });
});

describe('change logs and evidence', () => {
  it('gives every item a change log whose newest entry is its revision', () => {
    for (const item of items) {
      expect(item.changes, item.file).toBeDefined();
      expect(item.changes![0]!.revision, item.file).toBe(item.revision);
      expect(new Set(item.changes!.map((change) => change.revision)), item.file).toContain(item.revision);
    }
  });

  it('explains every revision above 1 in a change entry of its own', () => {
    const revised = items.filter((item) => item.revision > 1);
    expect(revised.length).toBeGreaterThan(0);
    for (const item of revised) {
      const entry = item.changes!.find((change) => change.revision === item.revision)!;
      expect(entry.note, item.file).not.toMatch(/^First published/);
      expect(item.changes!.some((change) => change.revision === item.revision - 1), item.file).toBe(true);
    }
  });

  it('backs every platform that has a menu path with evidence, or warns that it is unconfirmed', () => {
    for (const item of items) {
      expect(item.evidence, `${item.file} has no evidence`).toBeDefined();
      for (const platform of item.platforms) {
        const groups = item.steps.filter((group) => group.platforms.length === 0 || group.platforms.includes(platform));
        const hasMenuPath = groups.some((group) => inlines(group.blocks).some((node) => node.type === 'path'));
        if (!hasMenuPath) continue;
        const facts = item.evidence!.filter((entry) => entry.platforms === undefined || entry.platforms.includes(platform));
        // A menu-path fact names at least one of the menu labels (bold in the steps) for this platform.
        const labels = groups
          .flatMap((group) => inlines(group.blocks))
          .filter((node): node is Extract<Inline, { type: 'text' }> => node.type === 'text' && node.strong === true)
          .map((node) => node.value.trim().toLowerCase())
          .filter((label) => label.length >= 3);
        const menuFacts = facts.filter((entry) => labels.some((label) => entry.fact.toLowerCase().includes(label)));
        const where = `${item.file} (${platform})`;
        if (!menuFacts.some((entry) => entry.confirmed)) {
          expect(item.unconfirmed, `${where}: no confirmed menu-path evidence and no unconfirmed warning`).toBeDefined();
        }
        if (menuFacts.length === 0) expect(facts.length, `${where}: menu path without any evidence`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps every unconfirmed warning to one plain sentence', () => {
    for (const item of items.filter((candidate) => candidate.unconfirmed !== undefined)) {
      const sentences = item.unconfirmed!.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences, `${item.file}: ${item.unconfirmed}`).toHaveLength(1);
    }
  });
});
