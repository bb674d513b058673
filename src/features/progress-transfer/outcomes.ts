// What the person is told after choosing what to do with a link or file (message keys).
import type { MessageKey } from '../../i18n/i18n.tsx';

export const OUTCOMES = {
  replaced: 'progress.outcome.replaced',
  merged: 'progress.outcome.merged',
  cancelled: 'progress.outcome.cancelled',
} as const satisfies Readonly<Record<string, MessageKey>>;
