// The loaders src/compiler/messages-plugin.ts serves.
declare module 'virtual:messages' {
  import type { CompiledMessages } from './format.ts';
  export function loadMessages(locale: string, part: 'shell' | 'app'): Promise<CompiledMessages>;
  /** The offer of a language (`offer.*`), in every language, by language. */
  export function loadOfferMessages(): Promise<Readonly<Record<string, CompiledMessages>>>;
}

// Every language's prerender-only messages (the description, the notice for a page that cannot start).
declare module 'virtual:messages/page' {
  import type { CompiledMessages } from './format.ts';
  export const messages: Readonly<Record<string, CompiledMessages>>;
}
