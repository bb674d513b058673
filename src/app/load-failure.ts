// What to do when a file the app loads on demand does not arrive. After a deploy the old
// files are gone: the page loads once more from the server, never in a loop. Otherwise (a
// dropped connection, a blocked request) the page stays as it is and the person is told.

import type { MessageKey, Translate } from '../i18n/i18n.tsx';

const RELOAD_KEY = 'mhc:reloaded-after-deploy';
const RELOAD_GUARD_MS = 60_000;

/**
 * True when the server now serves a different version of the app than the one running: the
 * home page no longer names the module script this page started from (its name changes with
 * every deploy).
 */
async function newVersionDeployed(): Promise<boolean> {
  const entry = document.querySelector('script[type="module"][src]')?.getAttribute('src');
  try {
    const response = await fetch('/', { cache: 'no-store' });
    return Boolean(entry) && response.ok && !(await response.text()).includes(`"${entry}"`);
  } catch {
    return false;
  }
}

/** Whether this tab already reloaded for a deploy a moment ago (then it must not again). */
function reloadedRecently(): boolean {
  try {
    const at = Number(sessionStorage.getItem(RELOAD_KEY));
    return Number.isFinite(at) && Date.now() - at < RELOAD_GUARD_MS;
  } catch {
    // Without sessionStorage there is no way to tell: never reload by ourselves.
    return true;
  }
}

/**
 * Loads `url` from the server when a deploy replaced the app's files, once; resolves true
 * if it did (the page is going away), false if the caller should tell the person instead.
 */
export async function reloadIfNewDeploy(url: string): Promise<boolean> {
  if (reloadedRecently() || !(await newVersionDeployed())) return false;
  try {
    sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    return false;
  }
  window.location.assign(url);
  return true;
}

/**
 * "Try again" after a file did not arrive: Chromium keeps such a file failed for as long as the
 * page is open, so loading it again in the page cannot work. Loads `url` from the server once
 * it answers; resolves false (the page stays, with its notice) while it does not.
 */
export async function loadFromServer(url: string): Promise<boolean> {
  const answer = await fetch(url, { method: 'HEAD', cache: 'no-store' }).catch(() => undefined);
  if (answer?.ok) window.location.assign(url);
  return Boolean(answer?.ok);
}

/** Reports a load failure for developers without raising an error in the console. */
export function reportLoadFailure(what: string, error: unknown): void {
  console.warn(`[checklist] ${what} could not load:`, error);
}

/**
 * A failure's words. They come with the screens' messages, not with the first page's; if those
 * could not load either, the page's own notice for a page that could not start says the same
 * in the page's language (the prerender wrote it into the HTML).
 */
export function failureText(t: Translate, key: MessageKey): string {
  return t.has(key) ? t(key) : (document.querySelector('[data-text="start-failed"]')?.textContent ?? '');
}
