// Plain-language names for the content's enums and source documents, shared by every screen.
import type { Priority, SourceId, Threat } from './vocabulary.ts';

export const PRIORITY_LABELS: Readonly<Record<Priority, { name: string; description: string }>> = {
  essential: { name: 'Essential', description: 'Do these first: they stop the most common attacks.' },
  recommended: { name: 'Recommended', description: 'Worth doing once the essentials are in place.' },
  advanced: { name: 'Advanced', description: 'For people who face targeted attacks; some trade convenience for safety.' },
};

export const THREAT_LABELS: Readonly<Record<Threat, string>> = {
  'account-takeover': 'account takeover',
  impersonation: 'someone pretending to be you or a contact',
  'device-loss': 'a lost or stolen phone',
  'location-leak': 'revealing where you are',
  'backup-leak': 'leaked backups',
  'message-exposure': 'old messages being read',
  'identity-exposure': 'revealing your phone number',
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
