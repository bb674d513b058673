// The link checks: frontmatter vendor links (https, on the messenger's own hosts or marked
// third-party), links in the body (vendor pages or other items), and, once every file is
// known, that each link to another item points at one that exists.
import { posix } from 'node:path';
import { MESSENGERS, VENDOR_HOSTS, hostMatches, isMessengerId, type MessengerId } from '../content/messengers.ts';
import type { ChecklistItem, Frontmatter } from '../content/schema.ts';
import { ITEM_ID_PATTERN } from '../content/vocabulary.ts';
import type { FieldLocator } from './frontmatter.ts';
import { CONTENT_DIR } from './location.ts';
import type { Position, Problem, Reporter } from './problems.ts';

/** A link in a body to another item, kept until every file is known. */
export interface ItemRef {
  messenger: MessengerId;
  id: string;
  url: string;
  at: Position;
}

export function parseHttpsUrl(value: string): URL | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'https:' && !url.username && !url.password ? url : undefined;
}

/** The frontmatter's vendor links with their normalised URL and host, or undefined if any is wrong. */
export function checkVendorLinks(
  data: Frontmatter,
  at: FieldLocator,
  messenger: MessengerId,
  report: Reporter,
): ChecklistItem['links'] | undefined {
  const before = report.count;
  const { name } = MESSENGERS[messenger];
  const hosts = VENDOR_HOSTS[messenger];
  const links = data.links.map((link, index) => {
    const where = (field: string): [Position, string] => [at(['links', index, field]), `links[${index}].${field}`];
    const onVendorSite = `expected an https URL on ${hosts.join(' or ')}`;
    const url = parseHttpsUrl(link.url);
    if (!url) {
      report.add(...where('url'), 'link-not-https', `${onVendorSite}, got "${link.url}"`, 'vendor links start with https://');
      return undefined;
    }
    const host = url.hostname;
    const isVendor = hosts.some((allowed) => hostMatches(host, allowed));
    if (link.thirdParty !== undefined) {
      if (isVendor) {
        report.add(...where('thirdParty'), 'third-party-is-vendor', `${host} is ${name}'s own site, not a third party`, 'remove thirdParty');
      } else if (link.thirdParty !== host) {
        report.add(...where('thirdParty'), 'third-party-mismatch', `says "${link.thirdParty}" but the link goes to ${host}`, `set thirdParty: ${host}`);
      }
    } else if (!isVendor) {
      report.add(
        ...where('url'),
        'link-host',
        `${onVendorSite}, got ${host}`,
        `link to ${name}'s own help pages, or mark a third-party how-to with thirdParty: ${host}`,
      );
    }
    const outside = (link.platforms ?? []).filter((p) => !data.platforms.includes(p));
    if (outside.length > 0) {
      report.add(
        ...where('platforms'),
        'link-platforms',
        `${outside.join(', ')} is not one of the item's platforms (${data.platforms.join(', ')})`,
        `use only ${data.platforms.join(', ')}, or add the platform to the item's platforms`,
      );
    }
    return { ...link, url: url.href, host };
  });
  return report.count === before ? links.filter((link) => link !== undefined) : undefined;
}

export type BodyLink =
  | { type: 'external-link'; href: string }
  | { type: 'item-link'; messenger: MessengerId; id: string }
  | { type: 'term'; id: string };

const GLOSSARY_SCHEME = 'glossary:';

/** What a link in the body of `file` points at: a vendor page, another item or a glossary term; undefined (reported) if none. */
export function resolveBodyLink(url: string, at: Position, file: string, messenger: MessengerId, report: Reporter): BodyLink | undefined {
  if (url.startsWith(GLOSSARY_SCHEME) && ITEM_ID_PATTERN.test(url.slice(GLOSSARY_SCHEME.length))) {
    return { type: 'term', id: url.slice(GLOSSARY_SCHEME.length) };
  }
  const https = parseHttpsUrl(url);
  if (https) {
    const hosts = VENDOR_HOSTS[messenger];
    if (!hosts.some((allowed) => hostMatches(https.hostname, allowed))) {
      report.add(
        at,
        'body',
        'body-link-host',
        `link to ${https.hostname}: body links must be on ${hosts.join(' or ')}`,
        'put third-party pages in the frontmatter links with thirdParty: <host>',
      );
      return undefined;
    }
    return { type: 'external-link', href: https.href };
  }
  const target = /^[^:/?#][^:?#]*\.md$/.test(url) ? posix.normalize(posix.join(posix.dirname(file), url)).split('/') : [];
  const [dir, folder, name] = target;
  if (target.length === 3 && dir === CONTENT_DIR && folder && isMessengerId(folder) && name) {
    return { type: 'item-link', messenger: folder, id: name.slice(0, -'.md'.length) };
  }
  report.add(
    at,
    'body',
    'body-link-target',
    `link "${url}" is neither an https URL, a relative link to another item nor a glossary term`,
    'use https://… for vendor pages, ../signal/registration-lock.md for an item, or glossary:ip-address for a term in content/glossary.md',
  );
  return undefined;
}

/** Links to items that do not exist; `known` holds every `messenger/id`. */
export function checkItemLinks(file: string, refs: readonly ItemRef[], known: ReadonlySet<string>): Problem[] {
  return refs
    .filter((ref) => !known.has(`${ref.messenger}/${ref.id}`))
    .map((ref) => ({
      file,
      ...ref.at,
      field: 'body',
      code: 'broken-item-link',
      message: `broken link to another item: ${ref.url} (no such file ${CONTENT_DIR}/${ref.messenger}/${ref.id}.md)`,
      hint: 'link to an item with a relative path to its file, e.g. ../signal/registration-lock.md',
    }));
}
