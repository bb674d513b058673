import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, metaPolicy, parseHeaders } from '../../scripts/headers.ts';

const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

describe('the security headers', () => {
  const page = headersFor(rules, '/signal/registration-lock');

  it('send a strict Content-Security-Policy with no inline script and no eval', () => {
    const policy = page.get('Content-Security-Policy')!;
    for (const directive of ["default-src 'none'", "script-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "object-src 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|data:|https?:/);
  });

  it('send no referrer, no sniffing, and deny unused browser features', () => {
    expect(page.get('Referrer-Policy')).toBe('no-referrer');
    expect(page.get('X-Content-Type-Options')).toBe('nosniff');
    expect(page.get('Permissions-Policy')).toContain('camera=()');
    expect(page.get('Permissions-Policy')).toContain('geolocation=()');
  });

  it('never let the service worker script be cached, and cache hashed assets for good', () => {
    expect(headersFor(rules, '/sw.js').get('Cache-Control')).toBe('no-cache');
    expect(headersFor(rules, '/assets/index-abc.js').get('Cache-Control')).toContain('immutable');
  });

  it('leave header-only directives out of the <meta> policy', () => {
    expect(metaPolicy("default-src 'none'; frame-ancestors 'none'; report-uri /x; object-src 'none'")).toBe("default-src 'none'; object-src 'none'");
  });

  it('reject a header line without a path above it', () => {
    expect(() => parseHeaders('  X-Test: 1')).toThrow('a header line needs a path above it');
  });
});
