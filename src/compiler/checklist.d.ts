// Ambient types for the modules the Vite plugin generates from content/, taken from the one
// declaration in checklist-module.ts (tests/unit/virtual-checklist.test.ts checks that this
// lists and the emitted modules match it). The first route gets only the small index; a
// messenger's rows, each item's body and the glossary load when needed.
declare module 'virtual:checklist' {
  type ChecklistModule = import('./checklist-module.ts').ChecklistModule;

  export const index: ChecklistModule['index'];
  export const loadEntries: ChecklistModule['loadEntries'];
  export const loadMessenger: ChecklistModule['loadMessenger'];
  export const loadItem: ChecklistModule['loadItem'];
}

// Loaded only by the glossary page: `await import('virtual:checklist/glossary')`.
declare module 'virtual:checklist/glossary' {
  type GlossaryModule = import('./checklist-module.ts').GlossaryModule;

  export const glossary: GlossaryModule['glossary'];
}

declare module 'virtual:checklist/changes' {
  type ChangesModule = import('./checklist-module.ts').ChangesModule;

  export const changes: ChangesModule['changes'];
}

// Another language's modules (src/compiler/translations.ts): the same shapes.
declare module 'virtual:checklist/*/changes' {
  type ChangesModule = import('./checklist-module.ts').ChangesModule;

  export const changes: ChangesModule['changes'];
}
