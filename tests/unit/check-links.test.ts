import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import type { ChecklistItem } from '../../src/content/schema.ts';

function itemWith(messenger: ChecklistItem['messenger'], url: string, thirdParty?: string): ChecklistItem {
  return {
    id: 'x', file: `content/${messenger}/x.md`, messenger, title: 'X', order: 1, priority: 'essential', protects: 'Something long enough.',
    threats: ['account-takeover'], platforms: ['android'], sources: ['vendor'], reviewed: '2026-11-23', revision: 1,
    links: [{ title: 'Page', url, host: new URL(url).hostname, ...(thirdParty ? { thirdParty } : {}) }],
    why: [], steps: [], caveats: [], terms: {}, settingsEntry: [],
  };
}

describe('the link check', () => {
  it.each([
    ['whatsapp', 'https://faq.whatsapp.com/1278661612895630/'],
    ['signal', 'https://support.signal.org/hc/en-us/articles/360007059792-Signal-PIN'],
    ['signal', 'https://support.signal.org/hc/articles/360007059792'],
    ['signal', 'https://signal.org/blog/phone-number-privacy-usernames/'],
    ['telegram', 'https://telegram.org/faq#q-how-does-2-step-verification-work'],
    ['telegram', 'https://core.telegram.org/method/messages.setDefaultHistoryTTL'],
  ] as const)('accepts %s help page %s', (messenger, url) => {
    expect(checkLinks([itemWith(messenger, url)])).toEqual([]);
  });

  it.each([
    ['whatsapp', 'https://faq.whatsapp.com/general/28030014', 'does not look like a faq.whatsapp.com help-page address'],
    ['signal', 'https://telegram.org/faq', "telegram.org is not one of Signal's domains"],
    ['whatsapp', 'https://faq.whatsapp.com/123/?lang=en', 'has a query string: link the page itself'],
    ['telegram', 'https://desktop.telegram.org/', 'no known address pattern for desktop.telegram.org: add one to scripts/check-links.ts'],
  ] as const)('flags %s link %s', (messenger, url, message) => {
    expect(checkLinks([itemWith(messenger, url)]).map((problem) => problem.message)).toContain(message);
  });

  it('accepts a page marked third-party only on the host it names', () => {
    const url = 'https://www.howtogeek.com/710073/x/';
    expect(checkLinks([itemWith('telegram', url, 'www.howtogeek.com')])).toEqual([]);
    expect(checkLinks([itemWith('telegram', url, 'howtogeek.com')])[0]?.message).toBe('marked third-party for howtogeek.com but goes to www.howtogeek.com');
  });
});
