// What a person reads when a workshop link cannot be used, keyed by the plan codec's error codes.
import type { PlanError } from './plan-codec.ts';

export const planMessages: Readonly<Record<PlanError, string>> = {
  empty: 'This workshop link has no steps in it. Ask the trainer for the link again.',
  damaged: 'This workshop link is damaged: part of it was changed or cut off. Ask the trainer for the link again, or scan the QR code.',
  newer: 'This workshop link was made by a newer version of the checklist. Reload this page, then open the link again.',
  'too-long': 'This link is too long to be a workshop link from this checklist.',
  'unknown-format': 'This is not a workshop link from this checklist.',
};
