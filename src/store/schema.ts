// The shape of saved progress, validated with zod/mini (small enough for the browser) before
// anything read from storage, a link or a file reaches the app. Types come from here only.
import * as z from 'zod/mini';
import { MESSENGER_IDS, PLATFORM_IDS } from '../content/messengers.ts';

// zod compiles object parsers with `new Function` unless told not to; the strict
// Content-Security-Policy forbids eval.
z.config({ jitless: true });

/** Bump when the saved shape changes, and add a step to MIGRATIONS in codec.ts. */
export const PROGRESS_VERSION = 1;

export const ITEM_STATUSES = ['todo', 'done', 'skipped'] as const;

/** `<messenger>/<item-id>`, both kebab-case; kept even when the content no longer has the item. */
export const ITEM_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Builds a value on first use and keeps it. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The schemas, built on first use: building them costs a slow phone tens of milliseconds while
 * the page starts, and a first visit (nothing saved yet) never needs them.
 */
export const schemas = once(() => {
  const itemKey = z.string().check(z.regex(ITEM_KEY_PATTERN), z.maxLength(120));

  const itemRecord = z.strictObject({
    /** `todo` records an untick, so an older tick elsewhere cannot bring it back. */
    status: z.enum(ITEM_STATUSES),
    /** When the person last changed it (ISO 8601). The newest change wins across tabs and devices. */
    at: z.iso.datetime(),
    /** The content revision the person saw when they ticked it. */
    revision: z.int().check(z.gte(0)),
  });

  const preferences = z.strictObject({
    /** Empty means "not chosen": every messenger is shown. */
    messengers: z.array(z.enum(MESSENGER_IDS)).check(z.maxLength(MESSENGER_IDS.length)),
    /** Empty means "not chosen": steps for every platform are shown. */
    platforms: z.array(z.enum(PLATFORM_IDS)).check(z.maxLength(PLATFORM_IDS.length)),
    /** When the choice was last changed; empty before the first change. */
    at: z.union([z.iso.datetime(), z.literal('')]),
  });

  const progressData = z.strictObject({ items: z.record(itemKey, itemRecord), preferences });

  return { itemKey, itemRecord, preferences, progressData };
});

type Schemas = ReturnType<typeof schemas>;

export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type ItemRecord = z.infer<Schemas['itemRecord']>;
export type Preferences = z.infer<Schemas['preferences']>;
export type ProgressData = z.infer<Schemas['progressData']>;

export { emptyProgress, itemKey } from './model.ts';
