// Ambient types for the modules the Vite plugin generates from content/, taken from the one
// declaration in checklist-module.ts (tests/unit/virtual-checklist.test.ts checks that this
// list and the emitted module match it). The first route gets only the small index; a
// messenger's rows and each item's body load when needed.
declare module 'virtual:checklist' {
  type ChecklistModule = import('./checklist-module.ts').ChecklistModule;

  export const index: ChecklistModule['index'];
  export const loadMessenger: ChecklistModule['loadMessenger'];
  export const loadItem: ChecklistModule['loadItem'];
  export const glossary: ChecklistModule['glossary'];
}

declare module 'virtual:checklist/changes' {
  type ChangesModule = import('./checklist-module.ts').ChangesModule;

  export const changes: ChangesModule['changes'];
}
