// Recovery items name each numbered step with a stable id (`recoverySteps` in the
// frontmatter), so reordering steps never moves a person's ticks. Checked against the body.
import type { Frontmatter } from '../content/schema.ts';
import { RECOVERY_ITEM_ID } from '../content/vocabulary.ts';
import type { FieldLocator } from './frontmatter.ts';
import type { Position, Reporter } from './problems.ts';

/**
 * Checks `recoverySteps` against the item's id and its number of numbered steps; returns
 * where each step's id is written (for problems found across items), or [] without the field.
 */
export function checkRecoverySteps(data: Frontmatter, at: FieldLocator, itemId: string, stepCount: number, report: Reporter): Position[] {
  const steps = data.recoverySteps;
  if (!steps) {
    if (itemId === RECOVERY_ITEM_ID) {
      report.add(
        at([], true),
        'recoverySteps',
        'recovery-steps-missing',
        'a recovery item names each numbered step, so that ticks stay with their step',
        `add recoverySteps with ${stepCount} ${stepCount === 1 ? 'entry' : 'entries'}, one per numbered step, such as - { id: check-account, revision: 1 }`,
      );
    }
    return [];
  }
  if (itemId !== RECOVERY_ITEM_ID) {
    report.add(
      at(['recoverySteps'], true),
      'recoverySteps',
      'recovery-steps-not-recovery',
      `only the ${RECOVERY_ITEM_ID} item has recovery steps`,
      'remove recoverySteps from this item',
    );
  }
  if (steps.length !== stepCount) {
    const count = stepCount === 1 ? '1 numbered step' : `${stepCount} numbered steps`;
    report.add(
      at(['recoverySteps'], true),
      'recoverySteps',
      'recovery-steps-count',
      `lists ${steps.length} ${steps.length === 1 ? 'entry' : 'entries'}, but the steps have ${count}`,
      `give recoverySteps exactly ${stepCount} ${stepCount === 1 ? 'entry' : 'entries'}, one per numbered step, in the order of the steps`,
    );
  }
  const ids = new Map<string, number>();
  const was = new Map<number, number>();
  steps.forEach((step, index) => {
    const firstId = ids.get(step.id);
    if (firstId === undefined) ids.set(step.id, index);
    else {
      report.add(
        at(['recoverySteps', index, 'id']),
        `recoverySteps[${index}].id`,
        'duplicate-recovery-step-id',
        `"${step.id}" is already the id of recoverySteps[${firstId}]`,
        'give each step its own id; never reuse the id of a removed step',
      );
    }
    if (step.was === undefined) return;
    const firstWas = was.get(step.was);
    if (firstWas === undefined) was.set(step.was, index);
    else {
      report.add(
        at(['recoverySteps', index, 'was']),
        `recoverySteps[${index}].was`,
        'duplicate-recovery-step-was',
        `position ${step.was} is already claimed by recoverySteps[${firstWas}]`,
        'was is the position a step had before step ids existed: each old position belongs to one step; leave it out for new steps',
      );
    }
  });
  return steps.map((_, index) => at(['recoverySteps', index, 'id']));
}
