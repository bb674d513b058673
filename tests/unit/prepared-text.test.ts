// Text the build formats so pages hydrate without Intl's slow first formatters: it must be the
// very text Intl gives, for every language, and the app must find it.
import { describe, expect, it } from 'vitest';
import { datesIn, preparedDates, preparedLists, prepareSource } from '../../src/compiler/prepared-text.ts';
import { formatDate, formatDateNow } from '../../src/i18n/format-date.ts';
import { formatList, formatListNow } from '../../src/i18n/lists.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { prepare } from '../../src/i18n/prepared.ts';

describe('prepared text', () => {
  it('finds every date in an item, however deep', () => {
    const item = { reviewed: '2026-11-23', evidence: [{ read: '2026-11-20', source: 'https://x.example/2026-11-19' }], changes: [{ date: '2026-10-01', revision: 2 }] };
    expect([...datesIn(item)].sort()).toEqual(['2026-10-01', '2026-11-20', '2026-11-23']);
  });

  it('formats dates as Intl does, and the app reads them back', () => {
    for (const locale of LOCALES) {
      const entries = preparedDates(['2026-01-02', '2026-11-23'], locale);
      expect(Object.values(entries)).toEqual([formatDateNow('2026-01-02', locale), formatDateNow('2026-11-23', locale)]);
      prepare(entries);
      expect(formatDate('2026-11-23', locale)).toBe(formatDateNow('2026-11-23', locale));
    }
  });

  it('prepares every list of two or more names in any order, as Intl joins them (Spanish "e" before "i" included)', () => {
    const names = ['Android', 'iPhone', 'Computadora'];
    const entries = preparedLists(names, 'es');
    expect(Object.keys(entries)).toHaveLength(6 + 6);
    prepare(entries);
    expect(formatList(['Android', 'iPhone'], 'es')).toBe('Android e iPhone');
    expect(formatList(['iPhone', 'Computadora', 'Android'], 'es')).toBe(formatListNow(['iPhone', 'Computadora', 'Android'], 'es'));
  });

  it('writes a list of one or none as Intl does, without it', () => {
    for (const locale of LOCALES) {
      expect(formatList(['Signal'], locale)).toBe(formatListNow(['Signal'], locale));
      expect(formatList([], locale)).toBe(formatListNow([], locale));
    }
  });

  it('adds nothing to a module without prepared text', () => {
    expect(prepareSource({})).toEqual([]);
    expect(prepareSource({ a: 'b' }).join('\n')).toMatch(/import \{ prepare \} from .*prepared\.ts";\nprepare\(\{"a":"b"\}\);/);
  });
});
