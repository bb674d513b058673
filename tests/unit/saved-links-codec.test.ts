// Links saved by earlier versions keep their meaning: every fixture in tests/fixtures/links/
// decodes to exactly the steps, statuses, revisions and preferences it meant when it was made.
// Fixture files are never edited; a new format adds a new file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/store/link-codec.ts';
import { decodePlan } from '../../src/features/workshop/plan-codec.ts';

interface Fixtures {
  knownKeys: string[];
  progress: { name: string; fragment: string; expected: unknown }[];
  plans: { name: string; fragment: string; expected: unknown }[];
}

const load = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/links/${name}`, import.meta.url), 'utf8')) as Fixtures;

describe.each(['v1.json', 'v2.json'])('links saved in %s', (file) => {
  const { knownKeys, progress, plans } = load(file);

  it.each(progress.map((entry) => [entry.name, entry] as const))('progress link: %s', (_name, { fragment, expected }) => {
    expect(decodeLink(fragment, knownKeys)).toEqual({ ok: true, value: expected });
    expect(decodeLink(`#${fragment}`, knownKeys)).toEqual({ ok: true, value: expected });
  });

  it.each(plans.map((entry) => [entry.name, entry] as const))('workshop plan: %s', (_name, { fragment, expected }) => {
    expect(decodePlan(fragment, knownKeys)).toEqual({ ok: true, value: expected });
  });
});
