import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFile, encodeFile, type FileError } from '../../src/store/file-codec.ts';
import type { ProgressData } from '../../src/store/schema.ts';

const ERRORS: readonly FileError[] = ['too-long', 'not-json', 'unknown-format', 'newer', 'damaged'];
const known = ['whatsapp/two-step-verification', 'signal/registration-lock'];
const fixture = (name: string) => readFileSync(new URL(`../fixtures/transfer/${name}`, import.meta.url), 'utf8');

const sample: ProgressData = {
  items: { 'whatsapp/two-step-verification': { status: 'done', at: '2026-11-01T10:00:00.000Z', revision: 1 } },
  preferences: { messengers: ['signal'], platforms: ['iphone'], at: '2026-11-01T09:00:00.000Z' },
};

/** A file as JSON text with `items` written key by key, so `__proto__` stays an own key. */
function fileWithItems(entries: readonly (readonly [string, unknown])[]): string {
  const items = entries.map(([key, record]) => `${JSON.stringify(key)}:${JSON.stringify(record)}`).join(',');
  return `{"format":"messenger-hardening-checklist/progress","version":1,"appVersion":"0.1.0","exportedAt":"2026-11-03T14:27:00.000Z","progress":{"items":{${items}},"preferences":{"messengers":[],"platforms":[],"at":""}}}`;
}

/** The decoded items are a plain object with only item keys of its own. */
function expectPlainItems(items: object) {
  expect(Object.getPrototypeOf(items)).toBe(Object.prototype);
  expect(Object.hasOwn(items, '__proto__')).toBe(false);
  expect(Object.hasOwn(items, 'constructor')).toBe(false);
  for (const record of Object.values(items)) expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
}

describe('the export file', () => {
  it('round-trips progress with the app version and date', () => {
    const text = encodeFile(sample, { appVersion: '1.2.3', exportedAt: new Date('2026-11-03T14:27:00.000Z') });
    expect(JSON.parse(text)).toMatchObject({ format: 'messenger-hardening-checklist/progress', version: 1, appVersion: '1.2.3' });
    expect(decodeFile(text, known)).toEqual({
      ok: true,
      value: { exportedAt: '2026-11-03T14:27:00.000Z', appVersion: '1.2.3', data: sample, unknown: 0 },
    });
  });

  it('keeps and counts steps this version does not know', () => {
    const result = decodeFile(fixture('good.json'), known);
    expect(result.ok && result.value.unknown).toBe(1);
    expect(result.ok && Object.keys(result.value.data.items)).toContain('whatsapp/a-step-from-the-future');
  });

  it('accepts recovery ticks (recovery/<messenger>-<step>) and knows them when the caller does', () => {
    const record = { status: 'done', at: '2026-11-01T10:00:00.000Z', revision: 1 };
    const recovery = ['recovery/signal-1', 'recovery/whatsapp-report-lost-phone'];
    const text = fileWithItems(recovery.map((key) => [key, record]));
    const result = decodeFile(text, [...known, ...recovery]);
    expect(result.ok && result.value.data.items).toEqual(Object.fromEntries(recovery.map((key) => [key, record])));
    expect(result.ok && result.value.unknown).toBe(0);
    expect(decodeFile(text, known)).toMatchObject({ ok: true, value: { unknown: 2 } });
  });

  it('decodes any JSON or text to a value or an error code, without throwing (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ format: 'messenger-hardening-checklist/progress', version: 1, progress: value }))), (text) => {
        const result = decodeFile(text, known);
        if (!result.ok) expect(ERRORS).toContain(result.error);
      }),
    );
  });

  it('never reads items into an object with another prototype or a __proto__ key (property)', () => {
    const record = fc.record({ status: fc.constantFrom('done', 'skipped'), at: fc.constant('2026-11-01T10:00:00.000Z'), revision: fc.nat(3) });
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'whatsapp/two-step-verification', 'recovery/signal-1', 'hasOwnProperty');
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, fc.oneof(record, fc.constant({ polluted: true }))), { selector: ([name]) => name, maxLength: 4 }), (entries) => {
        const result = decodeFile(fileWithItems(entries), known);
        if (result.ok) expectPlainItems(result.value.data.items);
        else expect(result.error).toBe('damaged');
      }),
    );
  });

  it('reads a good file into plain objects', () => {
    const result = decodeFile(fixture('good.json'), known);
    expect(result.ok).toBe(true);
    if (result.ok) expectPlainItems(result.value.data.items);
  });

  it.each<[string, FileError]>([
    ['prototype-pollution.json', 'damaged'],
    ['constructor-key.json', 'damaged'],
    ['wrong-types.json', 'damaged'],
    ['bad-item-id.json', 'damaged'],
    ['unknown-field.json', 'damaged'],
    ['newer-version.json', 'newer'],
    ['wrong-format.json', 'unknown-format'],
    ['not-json.json', 'not-json'],
    ['truncated.json', 'not-json'],
  ])('refuses %s with an error code', (name, error) => {
    expect(decodeFile(fixture(name), known)).toEqual({ ok: false, error });
  });

  it('refuses a 10 MB file before parsing it', () => {
    const huge = `{"format":"messenger-hardening-checklist/progress","padding":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    expect(decodeFile(huge, known)).toEqual({ ok: false, error: 'too-long' });
  });
});
