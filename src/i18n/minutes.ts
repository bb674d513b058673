// How long steps take, as people read it: "about 1 minute", "about 5 minutes".

export function aboutMinutes(minutes: number): string {
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** The sum of the steps' estimates (steps without one count as nothing). */
export function totalMinutes(items: readonly { minutes?: number | undefined }[]): number {
  return items.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
}
