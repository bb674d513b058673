// The content's fixed vocabulary as plain constants, so that browser code can use them
// without loading zod; schema.ts builds the validators from these.

export const PRIORITIES = ['essential', 'recommended', 'advanced'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const THREATS = [
  'account-takeover',
  'impersonation',
  'device-loss',
  'location-leak',
  'backup-leak',
  'message-exposure',
  'identity-exposure',
] as const;
export type Threat = (typeof THREATS)[number];

/**
 * The documents guidance is written from; `vendor` means the vendor pages in `links`.
 * Append only: ids are stored in content and credited in content/LICENSE.md.
 */
export const SOURCE_IDS = ['internews', 'moj', 'vendor', 'internews-2025', 'internews-takeovers'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** kebab-case: lowercase words of letters and digits joined by single hyphens. */
export const ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The sections a content body may have, in this order; `Caveats` is optional. */
export const BODY_SECTIONS = ['Why it matters', 'Steps', 'Caveats'] as const;

/** The id of each messenger's account-takeover recovery item: its numbered steps are ticked one by one. */
export const RECOVERY_ITEM_ID = 'account-takeover-recovery';
