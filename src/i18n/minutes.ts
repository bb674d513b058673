// How long steps take, as people read it: "about 1 minute", "about 5 minutes", in the page's language.
import type { Translate } from './i18n.tsx';

export function aboutMinutes(t: Translate, minutes: number): string {
  return t('shell.minutes.about', { minutes });
}

/** The sum of the steps' estimates (steps without one count as nothing). */
export function totalMinutes(items: readonly { minutes?: number | undefined }[]): number {
  return items.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
}
