import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, syncAcrossTabs } from '../../src/store/progress-store.ts';
import { PROGRESS_VERSION, emptyProgress } from '../../src/store/schema.ts';
import { BACKUP_PREFIX, STORAGE_KEY, openBrowserStorage, warmUpBrowserStorage } from '../../src/store/storage.ts';
import { MemoryStorage } from './memory-storage.ts';

const twoStep = { messenger: 'whatsapp', id: 'two-step-verification', revision: 2 };
const lock = { messenger: 'signal', id: 'registration-lock', revision: 1 };

/** A clock that moves one second per call, so every change has its own time. */
function clock(start = '2026-11-23T10:00:00.000Z') {
  let time = Date.parse(start);
  return () => new Date((time += 1000));
}

function open(storage: MemoryStorage | undefined, now = clock()) {
  const requestPersistence = vi.fn();
  const { useProgress, status } = createProgressStore({ storage, now, requestPersistence });
  return { store: useProgress, status, requestPersistence };
}

function saved(storage: MemoryStorage) {
  return JSON.parse(storage.data.get(STORAGE_KEY)!) as { state: ReturnType<typeof emptyProgress>; version: number };
}

const backups = (storage: MemoryStorage) => [...storage.data.keys()].filter((key) => key.startsWith(BACKUP_PREFIX));

describe('progress store actions', () => {
  it('ticks an item with the time and the content revision, and saves it', () => {
    const storage = new MemoryStorage();
    const { store } = open(storage);
    store.getState().setStatus(twoStep, 'done');
    const record = { status: 'done', at: '2026-11-23T10:00:01.000Z', revision: 2 };
    expect(store.getState().items['whatsapp/two-step-verification']).toEqual(record);
    expect(saved(storage)).toEqual({
      state: { items: { 'whatsapp/two-step-verification': record }, preferences: emptyProgress().preferences },
      version: PROGRESS_VERSION,
    });
  });

  it('remembers an untick as a dated "todo", so an older tick cannot come back', () => {
    const { store } = open(new MemoryStorage());
    store.getState().setStatus(twoStep, 'done');
    store.getState().setStatus(twoStep, 'todo');
    expect(store.getState().items['whatsapp/two-step-verification']).toMatchObject({ status: 'todo', at: '2026-11-23T10:00:02.000Z' });
  });

  it('marks an item as not applying', () => {
    const { store } = open(new MemoryStorage());
    store.getState().setStatus(lock, 'skipped');
    expect(store.getState().items['signal/registration-lock']?.status).toBe('skipped');
  });

  it('saves the choice of messengers and platforms', () => {
    const storage = new MemoryStorage();
    const { store } = open(storage);
    store.getState().setPreferences({ messengers: ['signal'], platforms: ['iphone', 'desktop'] });
    expect(saved(storage).state.preferences).toEqual({ messengers: ['signal'], platforms: ['iphone', 'desktop'], at: '2026-11-23T10:00:01.000Z' });
  });

  it('asks the browser to keep the data on the first tick only', () => {
    const { store, requestPersistence } = open(new MemoryStorage());
    store.getState().setStatus(twoStep, 'done');
    store.getState().setStatus(lock, 'done');
    expect(requestPersistence).toHaveBeenCalledTimes(1);
  });
});

describe('loading saved progress', () => {
  it('has the saved ticks as soon as the store exists (synchronous hydration)', () => {
    const storage = new MemoryStorage();
    open(storage).store.getState().setStatus(twoStep, 'done');
    const { store } = open(storage);
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
  });

  const fixtures = new URL('../fixtures/storage/', import.meta.url);
  it.each(readdirSync(fixtures).filter((name) => name.endsWith('.json')))('loads every earlier saved shape: %s', (name) => {
    const raw = readFileSync(new URL(name, fixtures), 'utf8');
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, raw);
    const { store, status } = open(storage);
    expect(status.getState().notices).toEqual([]);
    expect(store.getState().items['whatsapp/two-step-verification']).toMatchObject({ status: 'done' });
    expect(store.getState().preferences.messengers).toEqual(['whatsapp', 'signal']);
  });

  it('keeps ticks of items the content no longer has', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, readFileSync(new URL('../fixtures/storage/v1.json', import.meta.url), 'utf8'));
    const { store } = open(storage);
    store.getState().setStatus(lock, 'done');
    expect(saved(storage).state.items['whatsapp/a-step-that-was-removed']).toMatchObject({ status: 'done', revision: 3 });
  });
});

describe('faults: nothing the person had is lost', () => {
  it('copies unreadable data aside, says so, and starts empty', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, '{"state": {"items": {"whatsapp/two-st');
    const { store, status } = open(storage);
    expect(store.getState().items).toEqual({});
    const [backupKey] = backups(storage);
    expect(storage.data.get(backupKey!)).toBe('{"state": {"items": {"whatsapp/two-st');
    expect(status.getState().notices).toEqual([
      { kind: 'recovered', problem: 'unreadable', backupKey, raw: '{"state": {"items": {"whatsapp/two-st' },
    ]);
    store.getState().setStatus(twoStep, 'done');
    expect(saved(storage).state.items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(backups(storage)).toEqual([backupKey]);
    expect(storage.data.get(backupKey!)).toBe('{"state": {"items": {"whatsapp/two-st');
  });

  it('keeps a single copy when the same unreadable data is found on the next visit', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, 'not json');
    open(storage);
    const { status } = open(storage);
    expect(backups(storage)).toHaveLength(1);
    expect(status.getState().notices).toMatchObject([{ kind: 'recovered', backupKey: backups(storage)[0] }]);
  });

  it('keeps every valid entry of partly broken data, and copies the original aside', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      state: {
        items: {
          'whatsapp/two-step-verification': { status: 'done', at: '2026-11-20T09:15:00.000Z', revision: 1 },
          'signal/registration-lock': { status: 'maybe', at: 'yesterday', revision: -1 },
          'PROTO': { status: 'done', at: '2026-11-20T09:15:00.000Z', revision: 1 },
          'NOT A KEY': { status: 'done', at: '2026-11-20T09:15:00.000Z', revision: 1 },
        },
        preferences: { messengers: ['viber'], platforms: [], at: '' },
      },
      version: 1,
    }).replace('"PROTO"', '"__proto__"');
    storage.data.set(STORAGE_KEY, raw);
    const { store, status } = open(storage);
    expect(raw).toContain('"__proto__":{"status"');
    expect(Object.keys(store.getState().items)).toEqual(['whatsapp/two-step-verification']);
    expect(store.getState().preferences).toEqual(emptyProgress().preferences);
    const items = store.getState().items;
    expect(Object.getPrototypeOf(items)).toBe(Object.prototype);
    expect(Object.hasOwn(items, '__proto__')).toBe(false);
    expect(status.getState().notices).toMatchObject([{ kind: 'recovered', problem: 'invalid-entries', raw }]);
    expect(storage.data.get(backups(storage)[0]!)).toBe(raw);
  });

  it('keeps what it can read of data from a newer app version, and copies the original aside', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      state: { items: { 'whatsapp/two-step-verification': { status: 'done', at: '2026-11-20T09:15:00.000Z', revision: 1 } }, extra: 1 },
      version: PROGRESS_VERSION + 1,
    });
    storage.data.set(STORAGE_KEY, raw);
    const { store, status } = open(storage);
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(status.getState().notices).toMatchObject([{ kind: 'recovered', problem: 'newer-version' }]);
    expect(storage.data.get(backups(storage)[0]!)).toBe(raw);
  });

  it('never writes over unreadable data it could not copy aside, and works in memory', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, 'not json');
    storage.failWritesTo = BACKUP_PREFIX;
    const { store, status } = open(storage);
    store.getState().setStatus(twoStep, 'done');
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(storage.data.get(STORAGE_KEY)).toBe('not json');
    expect(status.getState()).toMatchObject({ mode: 'memory', notices: [{ kind: 'unrecoverable', raw: 'not json' }] });
  });

  it('works in memory when there is no storage at all', () => {
    const { store, status } = open(undefined);
    store.getState().setStatus(twoStep, 'done');
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(status.getState().mode).toBe('memory');
  });

  it('works in memory and says so when storage throws on every access', () => {
    const storage = new MemoryStorage();
    storage.blocked = true;
    const { store, status } = open(storage);
    store.getState().setStatus(twoStep, 'done');
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(status.getState()).toMatchObject({ mode: 'memory', notices: [{ kind: 'unavailable' }] });
  });

  it('keeps the tick on screen when storage is full, says it was not saved, and clears that once a save works', () => {
    const storage = new MemoryStorage();
    const { store, status } = open(storage);
    storage.full = true;
    store.getState().setStatus(twoStep, 'done');
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(status.getState().notices).toEqual([{ kind: 'not-saved' }]);
    storage.full = false;
    store.getState().setStatus(lock, 'done');
    expect(status.getState().notices).toEqual([]);
    expect(Object.keys(saved(storage).state.items)).toEqual(['whatsapp/two-step-verification', 'signal/registration-lock']);
  });
});

describe('opening the browser storage', () => {
  it('looks at storage without changing it, and a browser that blocks storage is not an error', () => {
    const local = new MemoryStorage();
    local.data.set(STORAGE_KEY, 'saved');
    vi.stubGlobal('localStorage', local);
    vi.stubGlobal('sessionStorage', new MemoryStorage());
    try {
      warmUpBrowserStorage();
      expect([...local.data]).toEqual([[STORAGE_KEY, 'saved']]);
      const blocked = Object.assign(new MemoryStorage(), { blocked: true });
      vi.stubGlobal('localStorage', blocked);
      vi.stubGlobal('sessionStorage', blocked);
      expect(() => warmUpBrowserStorage()).not.toThrow();
      expect(openBrowserStorage()).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('two open tabs', () => {
  it('shows a change made in the other tab once the storage event arrives', async () => {
    const storage = new MemoryStorage();
    const now = clock();
    const first = open(storage, now).store;
    const second = open(storage, now).store;
    const target = new EventTarget() as unknown as Window;
    syncAcrossTabs(target, first);
    second.getState().setStatus(twoStep, 'done');
    target.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));
    await vi.waitFor(() => expect(first.getState().items['whatsapp/two-step-verification']?.status).toBe('done'));
  });

  it('never lets a stale tab overwrite a newer change', () => {
    const storage = new MemoryStorage();
    const now = clock();
    const stale = open(storage, now).store;
    stale.getState().setStatus(twoStep, 'done');
    const fresh = open(storage, now).store;
    fresh.getState().setStatus(twoStep, 'todo');
    // The stale tab missed the event and still shows the old tick; it now ticks something else.
    stale.getState().setStatus(lock, 'done');
    expect(saved(storage).state.items['whatsapp/two-step-verification']?.status).toBe('todo');
    expect(saved(storage).state.items['signal/registration-lock']?.status).toBe('done');
    expect(stale.getState().items['whatsapp/two-step-verification']?.status).toBe('todo');
  });
});

describe('replacing, merging and clearing', () => {
  const incoming = {
    items: { 'signal/registration-lock': { status: 'done' as const, at: '2026-11-01T00:00:00.000Z', revision: 1 } },
    preferences: { messengers: ['signal' as const], platforms: [], at: '2026-11-01T00:00:00.000Z' },
  };

  it('replaces: the incoming steps are taken, every other step becomes to do, all dated now', () => {
    const storage = new MemoryStorage();
    const { store } = open(storage);
    store.getState().setStatus(twoStep, 'done');
    store.getState().replaceProgress(incoming);
    expect(store.getState().items).toEqual({
      'whatsapp/two-step-verification': { status: 'todo', at: '2026-11-23T10:00:02.000Z', revision: 2 },
      'signal/registration-lock': { status: 'done', at: '2026-11-23T10:00:02.000Z', revision: 1 },
    });
    expect(store.getState().preferences.messengers).toEqual(['signal']);
    expect(saved(storage).state.items['whatsapp/two-step-verification']?.status).toBe('todo');
  });

  it('merges: the newer change of each step wins', () => {
    const { store } = open(new MemoryStorage());
    store.getState().setStatus(lock, 'skipped');
    store.getState().setStatus(twoStep, 'done');
    store.getState().mergeProgress({
      ...incoming,
      items: { ...incoming.items, 'telegram/active-sessions': { status: 'done', at: '2026-11-01T00:00:00.000Z', revision: 1 } },
    });
    expect(store.getState().items['signal/registration-lock']?.status).toBe('skipped');
    expect(store.getState().items['telegram/active-sessions']?.status).toBe('done');
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
  });

  it('clears everything and hands back what there was, for an undo', () => {
    const { store } = open(new MemoryStorage());
    store.getState().setStatus(twoStep, 'done');
    const before = store.getState().clearProgress();
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('todo');
    store.getState().replaceProgress(before);
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
  });
});

describe('"don\'t remember me" mode', () => {
  it('reads and writes nothing while it is on', () => {
    const storage = new MemoryStorage();
    const { store, status } = open(storage);
    status.getState().setRemember(false);
    store.getState().setStatus(twoStep, 'done');
    store.getState().setPreferences({ messengers: ['signal'], platforms: [] });
    expect(storage.data.size).toBe(0);
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
  });

  it('removes only the keys the app wrote', async () => {
    const { removeAppKeys } = await import('../../src/store/storage.ts');
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, '{}');
    storage.data.set(`${BACKUP_PREFIX}2026`, 'x');
    storage.data.set('another-site-key', 'keep');
    expect(removeAppKeys(storage)).toBe(2);
    expect([...storage.data.keys()]).toEqual(['another-site-key']);
  });
});

describe('writes that wait for the next paint', () => {
  /** A store whose writes wait until the test runs them, as the browser's wait for a frame. */
  function deferred(storage: MemoryStorage, now = clock()) {
    const waiting: (() => void)[] = [];
    const opened = createProgressStore({ storage, now, deferWrite: (write) => waiting.push(write) });
    const runWaiting = () => waiting.splice(0).forEach((write) => write());
    return { ...opened, store: opened.useProgress, waiting, runWaiting };
  }

  it('shows a tick at once and writes it when the deferred write runs', () => {
    const storage = new MemoryStorage();
    const { store, runWaiting } = deferred(storage);
    store.getState().setStatus(twoStep, 'done');
    expect(store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    runWaiting();
    expect(saved(storage).state.items['whatsapp/two-step-verification']?.status).toBe('done');
  });

  it('writes several quick changes once, with the newest of each', () => {
    const storage = new MemoryStorage();
    const { store, waiting, runWaiting } = deferred(storage);
    store.getState().setStatus(twoStep, 'done');
    store.getState().setStatus(lock, 'skipped');
    store.getState().setStatus(twoStep, 'todo');
    expect(waiting).toHaveLength(1);
    const setItem = vi.spyOn(storage, 'setItem');
    runWaiting();
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(saved(storage).state.items['whatsapp/two-step-verification']?.status).toBe('todo');
    expect(saved(storage).state.items['signal/registration-lock']?.status).toBe('skipped');
  });

  it('writes a waiting change at once when the page is being left (flush)', () => {
    const storage = new MemoryStorage();
    const { store, flush, runWaiting } = deferred(storage);
    store.getState().setStatus(twoStep, 'done');
    flush();
    expect(saved(storage).state.items['whatsapp/two-step-verification']?.status).toBe('done');
    runWaiting();
    expect(saved(storage).state.items['whatsapp/two-step-verification']?.status).toBe('done');
  });

  it('writes nothing when "don\'t remember me" is turned on before the write runs', () => {
    const storage = new MemoryStorage();
    const { store, status, runWaiting } = deferred(storage);
    store.getState().setStatus(twoStep, 'done');
    status.getState().setRemember(false);
    runWaiting();
    expect(storage.data.size).toBe(0);
  });

  it('still merges with what another tab saved in the meantime', () => {
    const storage = new MemoryStorage();
    const now = clock();
    const slow = deferred(storage, now);
    slow.store.getState().setStatus(lock, 'done');
    const other = open(storage, now).store;
    other.getState().setStatus(twoStep, 'done');
    slow.runWaiting();
    expect(saved(storage).state.items['whatsapp/two-step-verification']?.status).toBe('done');
    expect(saved(storage).state.items['signal/registration-lock']?.status).toBe('done');
    expect(slow.store.getState().items['whatsapp/two-step-verification']?.status).toBe('done');
  });
});
