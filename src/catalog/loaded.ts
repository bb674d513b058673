// Loads a module or data once, shares the promise, and lets components read it with React's
// `use`. A promise that has already settled carries its result (status/value), which `use`
// reads synchronously: preloading before hydration means no fallback and no flash.
import { use } from 'react';

type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

const cache = new Map<string, Tracked<unknown>>();

/** Starts loading `key` (once) and returns its promise. */
export function preload<T>(key: string, loader: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Tracked<T> | undefined;
  if (!promise) {
    const tracked: Tracked<T> = loader();
    tracked.status = 'pending';
    tracked.then(
      (value) => Object.assign(tracked, { status: 'fulfilled', value }),
      (reason: unknown) => {
        Object.assign(tracked, { status: 'rejected', reason });
        cache.delete(key);
      },
    );
    cache.set(key, tracked);
    promise = tracked;
  }
  return promise;
}

/** Reads `key`, suspending while it loads. */
export function useLoaded<T>(key: string, loader: () => Promise<T>): T {
  return use(preload(key, loader));
}
