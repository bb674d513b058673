// The loaders src/compiler/messages-plugin.ts serves.
declare module 'virtual:messages' {
  import type { CompiledMessages } from './format.ts';
  export function loadMessages(locale: string, part: 'shell' | 'app'): Promise<CompiledMessages>;
}
