// The messengers and platforms the checklist knows, with the hosts each vendor's own
// help pages live on. Shared by the compiler (link allowlist) and the app (names, order).
// The app's words about each messenger are interface messages (src/i18n/messages/).

export const MESSENGER_IDS = ['whatsapp', 'signal', 'telegram'] as const;
export type MessengerId = (typeof MESSENGER_IDS)[number];

export const PLATFORM_IDS = ['android', 'iphone', 'desktop'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export interface MessengerInfo {
  id: MessengerId;
  name: string;
  /**
   * Its number in saved links, files and printed QR codes: never changed, never reused; a new
   * messenger takes the next number. Codecs size their bitsets from the highest one.
   */
  wire: number;
}

export const MESSENGERS: Readonly<Record<MessengerId, MessengerInfo>> = {
  whatsapp: {
    id: 'whatsapp',
    name: 'WhatsApp',
    wire: 0,
  },
  signal: {
    id: 'signal',
    name: 'Signal',
    wire: 1,
  },
  telegram: {
    id: 'telegram',
    name: 'Telegram',
    wire: 2,
  },
};

/**
 * Hosts a vendor link may point to: the host itself or any subdomain of it (for the compiler's
 * link checks; apart from MESSENGERS, so the browser bundle leaves it out).
 */
export const VENDOR_HOSTS: Readonly<Record<MessengerId, readonly string[]>> = {
  whatsapp: ['whatsapp.com'],
  signal: ['signal.org'],
  telegram: ['telegram.org'],
};

export const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = {
  android: 'Android',
  iphone: 'iPhone',
  desktop: 'Desktop',
};

/** Each platform's number in saved links and QR codes: append-only, like `MessengerInfo.wire`. */
export const PLATFORM_WIRE: Readonly<Record<PlatformId, number>> = {
  android: 0,
  iphone: 1,
  desktop: 2,
};

export function isMessengerId(value: string): value is MessengerId {
  return (MESSENGER_IDS as readonly string[]).includes(value);
}

/** True when `host` is `allowed` or one of its subdomains. */
export function hostMatches(host: string, allowed: string): boolean {
  return host === allowed || host.endsWith(`.${allowed}`);
}
