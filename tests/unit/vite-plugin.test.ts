import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checklistPlugin } from '../../src/compiler/vite-plugin.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

const settingsEntry = `---
entries:
  - messenger: signal
    platform: android
    how: "Tap your profile picture, then tap **Settings**."
    evidence:
      - fact: "Android: the profile picture opens Settings"
        source: "signalapp/Signal-Android: app/src/main/res/layout/conversation_list_fragment.xml"
        read: 2026-12-02
        confirmed: true
---
`;

/** Runs the plugin's resolve and load hooks against a temporary project with these content files (and a settings entry file). */
async function loadChecklist(files: Record<string, string>, module = 'virtual:checklist') {
  const root = await mkdtemp(join(tmpdir(), 'checklist-'));
  roots.push(root);
  for (const [path, text] of Object.entries({ 'content/settings-entry.md': settingsEntry, ...files })) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  const plugin = checklistPlugin();
  const call = <T>(hook: unknown, ...args: unknown[]) => (hook as (...a: unknown[]) => T).apply({ addWatchFile() {} }, args);
  call(plugin.configResolved, { root });
  const id = call<string>(plugin.resolveId, module);
  return call<Promise<string>>(plugin.load, id);
}

const item = `---
title: Check linked devices
messenger: signal
order: 1
priority: essential
protects: Unknown computers stop reading your messages.
threats: [account-takeover]
platforms: [android]
links:
  - title: "Signal Support"
    url: https://support.signal.org/hc/articles/1
sources: [vendor]
reviewed: 2026-11-23
revision: 1
---

## Why it matters

Because.

## Steps

1. Open **Settings**.
`;

describe('the virtual:checklist Vite plugin', () => {
  it('exports a small index of all items, and one loader module per language for the rest', async () => {
    const files = { 'content/signal/linked-devices.md': item, 'content/LICENSE.md': '# Licence' };
    const code = await loadChecklist(files);
    expect(code).toContain(
      'export const index = [{"messenger":"signal","id":"linked-devices","priority":"essential","revision":1}];',
    );
    expect(code).toContain('"en": () => import("virtual:checklist/locale/en")');
    expect(code).toContain('"ar": () => import("virtual:checklist/locale/ar")');
    expect(code).not.toContain('virtual:checklist/item/');
    expect(code).not.toContain('Check linked devices');
    const english = await loadChecklist(files, 'virtual:checklist/locale/en');
    expect(english).toContain('const items = [() => import("virtual:checklist/item/signal/linked-devices")]');
    expect(english).toContain('import("virtual:checklist/entries")');
    const arabic = await loadChecklist(files, 'virtual:checklist/locale/ar');
    expect(arabic).toContain('const items = [() => import("virtual:checklist/ar/item/signal/linked-devices")]');
    expect(english).not.toContain('Because.');
  });

  it('gives each item the glossary entries it links, and the whole glossary its own module, not the index', async () => {
    const glossary =
      '---\nterms:\n  - id: linked-device\n    term: linked device\n    definition: A computer or tablet that reads your messages through your phone.\n' +
      '  - id: account\n    term: account\n    definition: What the app knows you by, tied to your phone number.\n---\n';
    const files = {
      'content/signal/linked-devices.md': item.replace('Because.', 'Because of [linked devices](glossary:linked-device).'),
      'content/signal/account.md': item.replace('Because.', 'Your [account](glossary:account).').replace('order: 1', 'order: 2'),
      'content/glossary.md': glossary,
    };
    const linked = '{"term":"linked device","definition":"A computer or tablet that reads your messages through your phone."}';
    const account = '{"term":"account","definition":"What the app knows you by, tied to your phone number."}';
    expect(await loadChecklist(files)).not.toContain('definition');
    expect(await loadChecklist(files, 'virtual:checklist/messenger/signal')).not.toContain('definition');
    expect(await loadChecklist(files, 'virtual:checklist/item/signal/linked-devices')).toContain(`"terms":{"linked-device":${linked}}`);
    expect(await loadChecklist(files, 'virtual:checklist/glossary')).toBe(
      `export const glossary = [{"id":"account",${account.slice(1)},{"id":"linked-device",${linked.slice(1)}];`,
    );
  });

  it("exports a messenger's rows without bodies or evidence, and each item in full", async () => {
    const evidence = 'evidence:\n  - fact: Linked devices are under Settings.\n    source: https://support.signal.org/hc/articles/1\n    read: 2026-11-23\n    confirmed: true\n';
    const files = { 'content/signal/linked-devices.md': item.replace('revision: 1\n', `revision: 1\n${evidence}`) };
    const rows = await loadChecklist(files, 'virtual:checklist/messenger/signal');
    expect(rows).toContain('"protects":"Unknown computers stop reading your messages."');
    expect(rows).not.toContain('Because.');
    expect(rows).not.toContain('Linked devices are under Settings.');
    const full = await loadChecklist(files, 'virtual:checklist/item/signal/linked-devices');
    expect(full).toContain('"value":"Because."');
    expect(full).toContain('"fact":"Linked devices are under Settings."');
  });

  it('gives the full item how to open Settings on its platforms, and leaves it out of the rows and the index', async () => {
    const files = { 'content/signal/linked-devices.md': item };
    const full = await loadChecklist(files, 'virtual:checklist/item/signal/linked-devices');
    expect(full).toContain(
      '"settingsEntry":[{"platform":"android","how":[{"type":"text","value":"Tap your profile picture, then tap "},{"type":"text","value":"Settings","strong":true},{"type":"text","value":"."}],',
    );
    expect(await loadChecklist(files, 'virtual:checklist/messenger/signal')).not.toContain('Tap your profile picture');
    expect(await loadChecklist(files)).not.toContain('Tap your profile picture');
  });

  it('fails the build with every problem and points the overlay at the first file and line', async () => {
    const broken = item.replace('order: 1', 'order: first').replace('Because.', '<script>alert(1)</script>');
    const result = loadChecklist({ 'content/signal/linked-devices.md': broken });
    await expect(result).rejects.toThrow(/^Checklist content has 3 problems:\ncontent\/signal\/linked-devices\.md:4:8 order: /);
    await expect(result).rejects.toMatchObject({
      problems: [
        { code: 'wrong-type', line: 4, column: 8 },
        { code: 'raw-html', line: 19, column: 1 },
        { code: 'empty-section', line: 17, column: 1 },
      ],
    });
    await expect(result).rejects.toMatchObject({ loc: { line: 4, column: 8 } });
  });
});
