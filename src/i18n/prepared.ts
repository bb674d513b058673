// Text the build has already formatted in each language: the content's dates and lists of
// platform and messenger names. A browser's first Intl.DateTimeFormat, Intl.ListFormat or
// Intl.NumberFormat sets up its locale data on the main thread (35–60 ms on a fast machine,
// four times that on a slow phone), so pages hydrate from this text instead. The content and
// message modules that carry it add it as they load; anything else is still formatted by Intl.

const prepared = new Map<string, string>();

type Kind = 'date' | 'list';

/** The key of one formatted text: its kind, language and input. */
export const preparedKey = (kind: Kind, locale: string, input: string): string => `${kind}\u0000${locale}\u0000${input}`;

/** The input of a list's key: its type and parts. */
export const listInput = (type: string, parts: readonly string[]): string => `${type}\u0000${parts.join('\u0001')}`;

/** Adds text the build formatted; called by generated modules as they load. */
export function prepare(entries: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(entries)) prepared.set(key, text);
}

export function preparedText(kind: Kind, locale: string, input: string): string | undefined {
  return prepared.get(preparedKey(kind, locale, input));
}
