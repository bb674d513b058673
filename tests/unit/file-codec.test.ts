import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_ERRORS, decodeFile, encodeFile } from '../../src/store/file-codec.ts';
import type { ProgressData } from '../../src/store/schema.ts';

const known = ['whatsapp/two-step-verification', 'signal/registration-lock'];
const fixture = (name: string) => readFileSync(new URL(`../fixtures/transfer/${name}`, import.meta.url), 'utf8');

const sample: ProgressData = {
  items: { 'whatsapp/two-step-verification': { status: 'done', at: '2026-11-01T10:00:00.000Z', revision: 1 } },
  preferences: { messengers: ['signal'], platforms: ['iphone'], at: '2026-11-01T09:00:00.000Z' },
};

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

  it('decodes any JSON or text to a value or a plain error, without throwing (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ format: 'messenger-hardening-checklist/progress', version: 1, progress: value }))), (text) => {
        const result = decodeFile(text, known);
        if (!result.ok) expect(Object.values(FILE_ERRORS)).toContain(result.error);
      }),
    );
  });

  it.each([
    ['prototype-pollution.json', FILE_ERRORS.damaged],
    ['constructor-key.json', FILE_ERRORS.damaged],
    ['wrong-types.json', FILE_ERRORS.damaged],
    ['bad-item-id.json', FILE_ERRORS.damaged],
    ['unknown-field.json', FILE_ERRORS.damaged],
    ['newer-version.json', FILE_ERRORS.newer],
    ['wrong-format.json', FILE_ERRORS.notOurs],
    ['not-json.json', FILE_ERRORS.notJson],
    ['truncated.json', FILE_ERRORS.notJson],
  ])('refuses %s with a clear message and pollutes nothing', (name, error) => {
    expect(decodeFile(fixture(name), known)).toEqual({ ok: false, error });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('refuses a 10 MB file before parsing it', () => {
    const huge = `{"format":"messenger-hardening-checklist/progress","padding":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    expect(decodeFile(huge, known)).toEqual({ ok: false, error: FILE_ERRORS.tooBig });
  });
});
