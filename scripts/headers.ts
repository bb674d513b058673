// Reads the static host headers file (public/_headers, Netlify/Cloudflare format): the one
// place the security headers are written. Used by the build (CSP <meta> tag) and by
// scripts/serve.ts, so local tests run under the headers a deployment sends.
export interface HeaderRule {
  /** A path pattern where `*` matches any run of characters. */
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header line needs a path above it and a "Name: value": ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (pattern.test(pathname)) for (const [name, value] of rule.headers) result.set(name, value);
  }
  return result;
}

/** The policy for a <meta> tag: directives that only work as a header are left out. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^(frame-ancestors|report-uri|report-to|sandbox)\b/.test(directive))
    .join('; ');
}
