// Updates: tells the page when a new version of the app is waiting (register-sw.ts registers
// the service worker and reports one), which it applies only when the person says so.
// Progress lives in localStorage, so an update never touches it.
type Listener = () => void;

let waiting = false;
let apply: (() => void) | undefined;
const listeners = new Set<Listener>();

export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateWaiting(): boolean {
  return waiting;
}

/** Activates the waiting version and reloads into it. */
export function applyUpdate(): void {
  apply?.();
}

/** A new version is waiting; `activate` applies it (register-sw.ts). */
export function announceUpdate(activate: () => void): void {
  waiting = true;
  apply = activate;
  listeners.forEach((listener) => listener());
}
