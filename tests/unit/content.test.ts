// The real content/ folder: it must compile cleanly and cover every messenger.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.ts';
import { formatProblems } from '../../src/compiler/problems.ts';
import { loadContentFiles } from '../../src/compiler/load.ts';
import { MESSENGER_IDS, VENDOR_HOSTS } from '../../src/content/messengers.ts';
import { RECOVERY_ITEM_ID } from '../../src/content/vocabulary.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { items, problems } = compile(await loadContentFiles(root));

describe('the content folder', () => {
  it('compiles with zero problems', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it.each(MESSENGER_IDS)('has essential items for %s', (messenger) => {
    const own = items.filter((item) => item.messenger === messenger);
    expect(own.some((item) => item.priority === 'essential')).toBe(true);
  });

  it('names the steps of every recovery item, so reordering them never moves a tick', () => {
    const recovery = items.filter((item) => item.id === RECOVERY_ITEM_ID);
    expect(recovery.map((item) => item.messenger)).toEqual([...MESSENGER_IDS]);
    for (const item of recovery) expect(item.recoverySteps, item.file).toBeDefined();
  });

  it('gives every item at least one link on its vendor domain', () => {
    for (const item of items) {
      const vendorLinks = item.links.filter((link) => link.thirdParty === undefined);
      expect(vendorLinks.length, item.file).toBeGreaterThan(0);
      for (const link of vendorLinks) {
        expect(
          VENDOR_HOSTS[item.messenger].some((host) => link.host === host || link.host.endsWith(`.${host}`)),
          `${item.file}: ${link.url}`,
        ).toBe(true);
      }
    }
  });

  it('covers every protection from the source documents', () => {
    const ids = items.map((item) => `${item.messenger}/${item.id}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'whatsapp/two-step-verification',
        'whatsapp/disappearing-messages',
        'whatsapp/security-notifications',
        'whatsapp/protect-ip-address-in-calls',
        'whatsapp/encrypted-backup',
        'whatsapp/never-share-registration-code',
        'whatsapp/linked-devices',
        'whatsapp/account-takeover-recovery',
        'whatsapp/separate-work-and-personal',
        'signal/registration-lock',
        'signal/disappearing-messages',
        'signal/phone-number-privacy',
        'signal/safety-numbers',
        'signal/always-relay-calls',
        'telegram/two-step-verification',
        'telegram/auto-delete-messages',
        'telegram/peer-to-peer-calls',
      ]),
    );
  });
});
