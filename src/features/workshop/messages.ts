// What a person reads when a workshop link cannot be used, keyed by the plan codec's error codes
// (the messages themselves are in src/i18n/messages/<locale>/workshop.json).
import type { MessageKey } from '../../i18n/i18n.tsx';
import type { PlanError } from './plan-codec.ts';

export const planMessages: Readonly<Record<PlanError, MessageKey>> = {
  empty: 'workshop.planError.empty',
  damaged: 'workshop.planError.damaged',
  newer: 'workshop.planError.newer',
  'too-long': 'workshop.planError.tooLong',
  'unknown-format': 'workshop.planError.unknownFormat',
};
