// Checks every vendor link in content/: https, on the messenger's own domains (or explicitly
// marked third-party), and shaped like that vendor's help-page addresses. Offline by default;
// with --online it also fetches each link once and reports the status codes (not in CI: the
// CI machine has no internet).
//   npm run check:links [-- --online]
import { fileURLToPath } from 'node:url';
import { compile, formatProblems } from '../src/compiler/compile.ts';
import { loadContentFiles } from '../src/compiler/load.ts';
import { MESSENGERS, VENDOR_HOSTS, hostMatches } from '../src/content/messengers.ts';
import type { ChecklistItem } from '../src/content/schema.ts';

/** What each vendor's help-page addresses look like; anything else on its domain is flagged. */
export const URL_PATTERNS: Record<string, RegExp[]> = {
  'faq.whatsapp.com': [/^\/\d+\/?$/],
  'www.whatsapp.com': [/^\/[a-z0-9/-]*$/],
  'blog.whatsapp.com': [/^\/[a-z0-9-]+$/],
  'support.signal.org': [
    /^\/hc\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?articles\/\d+(?:-[A-Za-z0-9-]+)?$/,
    /^\/hc\/[a-z]{2}(?:-[a-z]{2})?\/requests\/new$/, // Signal Support's contact form
  ],
  'signal.org': [/^\/blog\/[a-z0-9-]+\/?$/],
  'telegram.org': [/^\/faq$/, /^\/blog\/[a-z0-9-]+$/],
  'core.telegram.org': [/^\/(?:api|method|constructor|type)\/[A-Za-z0-9_./-]+$/],
};

export interface LinkProblem {
  file: string;
  url: string;
  message: string;
}

export function checkLinks(items: readonly ChecklistItem[]): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const item of items) {
    for (const link of item.links) {
      const url = new URL(link.url);
      const add = (message: string) => problems.push({ file: item.file, url: link.url, message });
      if (url.protocol !== 'https:') add('not https');
      if (link.thirdParty) {
        if (url.hostname !== link.thirdParty) add(`marked third-party for ${link.thirdParty} but goes to ${url.hostname}`);
        continue;
      }
      if (!VENDOR_HOSTS[item.messenger].some((host) => hostMatches(url.hostname, host))) {
        add(`${url.hostname} is not one of ${MESSENGERS[item.messenger].name}'s domains`);
        continue;
      }
      const patterns = URL_PATTERNS[url.hostname];
      if (!patterns) add(`no known address pattern for ${url.hostname}: add one to scripts/check-links.ts`);
      else if (!patterns.some((pattern) => pattern.test(url.pathname))) add(`does not look like a ${url.hostname} help-page address`);
      if (url.search) add('has a query string: link the page itself');
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { items, problems } = compile(await loadContentFiles(root));
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  const linkProblems = checkLinks(items);
  const links = [...new Set(items.flatMap((item) => item.links.map((link) => link.url)))];
  for (const problem of linkProblems) console.error(`${problem.file}: ${problem.url}: ${problem.message}`);
  console.log(`Checked ${links.length} links in ${items.length} items offline: ${linkProblems.length} problems.`);

  let failed = linkProblems.length > 0;
  if (process.argv.includes('--online')) {
    for (const url of links) {
      try {
        const response = await fetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(15_000) });
        const note = response.status >= 300 && response.status < 400 ? ` → ${response.headers.get('location')}` : '';
        console.log(`${response.status} ${url}${note}`);
        if (response.status >= 400) failed = true;
      } catch (error) {
        console.log(`ERR ${url} (${(error as Error).message})`);
        failed = true;
      }
    }
  }
  if (failed) process.exit(1);
}
