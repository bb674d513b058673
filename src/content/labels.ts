// Plain-language names for the content's enums and source documents, shared by every screen.
// Names and descriptions are interface messages (src/i18n/messages/<locale>/shell.json):
// these maps give each value its message key.
import type { MessageKey, Translate } from '../i18n/i18n.tsx';
import type { PlatformId } from './messengers.ts';
import type { Priority, SourceId, Threat } from './vocabulary.ts';

export const PRIORITY_LABELS: Readonly<Record<Priority, { name: MessageKey; description: MessageKey }>> = {
  essential: { name: 'list.priority.essential', description: 'list.priority.essential.description' },
  recommended: { name: 'list.priority.recommended', description: 'list.priority.recommended.description' },
  advanced: { name: 'list.priority.advanced', description: 'list.priority.advanced.description' },
};

export const THREAT_LABELS: Readonly<Record<Threat, MessageKey>> = {
  'account-takeover': 'list.threat.account-takeover',
  impersonation: 'list.threat.impersonation',
  'device-loss': 'list.threat.device-loss',
  'location-leak': 'list.threat.location-leak',
  'backup-leak': 'list.threat.backup-leak',
  'message-exposure': 'list.threat.message-exposure',
  'identity-exposure': 'list.threat.identity-exposure',
};

/** A platform's name in the page's language (PLATFORM_NAMES in messengers.ts is the English, for the compiler). */
export const PLATFORM_LABELS: Readonly<Record<PlatformId, MessageKey>> = {
  android: 'list.platform.android',
  iphone: 'list.platform.iphone',
  desktop: 'list.platform.desktop',
};

export interface SourceDocument {
  title: string;
  author: string;
  licence: string;
  licenceUrl: string;
  /** Where the original can be found, when it has a public address. */
  url?: string;
}

export const SOURCE_DOCUMENTS: Readonly<Record<Exclude<SourceId, 'vendor'>, SourceDocument>> = {
  internews: {
    title: 'Messenger hardening guides (Infosec infosheets)',
    author: 'Internews, OpenInternet project',
    licence: 'CC BY-SA 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'internews-2025': {
    title: 'Messenger hardening guides (Infosec infosheets), September 2025 revision',
    author: 'Internews, OpenInternet project',
    licence: 'CC BY-SA 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    url: 'https://github.com/OpenInternet/Infosec-infosheets',
  },
  'internews-takeovers': {
    title: 'Messenger takeover attacks (Infosec infosheets), December 2024',
    author: 'Internews, OpenInternet project',
    licence: 'CC BY-SA 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    url: 'https://github.com/OpenInternet/Infosec-infosheets',
  },
  moj: {
    title: 'Protecting WhatsApp accounts',
    author: 'UK Ministry of Justice security guidance, Crown Copyright',
    licence: 'MIT',
    licenceUrl: 'https://opensource.org/license/mit',
    url: 'https://github.com/ministryofjustice/security-guidance',
  },
};

/** Names in a row with the language's comma ("Android, iPhone"; "، " in Arabic), as a step's row in a list shows them. */
export function inRow(t: Translate, names: readonly string[]): string {
  return names.join(t('list.item.separator'));
}

/** Platforms' names in the page's language, in a row. */
export function platformsInRow(t: Translate, platforms: readonly PlatformId[]): string {
  return inRow(t, platforms.map((platform) => t(PLATFORM_LABELS[platform])));
}
