// Which steps and vendor links to show for the chosen platforms: a person's own devices on a
// step's page, or the devices in the room for a workshop.
import type { PlatformId } from './messengers.ts';
import type { Block, ChecklistItem, Inline, StepGroup } from './schema.ts';

type Paragraph = Extract<Block, { type: 'paragraph' }>;

const forPlatforms = (platforms: readonly PlatformId[] | undefined, chosen: readonly PlatformId[]) =>
  !platforms || platforms.length === 0 || platforms.some((platform) => chosen.includes(platform));

export interface PlatformView {
  steps: readonly StepGroup[];
  links: ChecklistItem['links'];
  /** How to open Settings, for the platforms shown. */
  settings: ChecklistItem['settingsEntry'];
  /** Platforms whose steps or links are hidden; empty when everything is shown. */
  hidden: PlatformId[];
}

const isSettingsLabel = (node: Inline) => node.type === 'text' && node.strong === true && node.value.trim() === 'Settings';

/** Whether the steps go through the app's Settings (written **Settings** in bold, as the style guide asks, often first in a menu path). */
function startsInSettings(steps: readonly StepGroup[]): boolean {
  const inBlock = (block: Block | Paragraph): boolean =>
    block.type === 'paragraph'
      ? block.children.some((node) => (node.type === 'path' ? node.segments.flat() : [node]).some(isSettingsLabel))
      : block.items.some((item) => item.some(inBlock));
  return steps.some((group) => group.blocks.some(inBlock));
}

/**
 * Steps and links for the chosen platforms. With no choice, or when the choice would hide
 * every step of the item (it is done on another device), everything is shown.
 */
export function platformView(item: ChecklistItem, chosen: readonly PlatformId[]): PlatformView {
  const settingsFor = (steps: readonly StepGroup[], entries: ChecklistItem['settingsEntry']) => (startsInSettings(steps) ? entries : []);
  const all = { steps: item.steps, links: item.links, settings: settingsFor(item.steps, item.settingsEntry), hidden: [] };
  if (chosen.length === 0 || !item.platforms.some((platform) => chosen.includes(platform))) return all;
  const steps = item.steps.filter((group) => forPlatforms(group.platforms, chosen));
  const links = item.links.filter((link) => forPlatforms(link.platforms, chosen));
  const hidden = item.platforms.filter((platform) => !chosen.includes(platform));
  const settings = settingsFor(steps, item.settingsEntry.filter((entry) => chosen.includes(entry.platform)));
  const hidesSomething = steps.length < item.steps.length || links.length < item.links.length;
  return hidesSomething && steps.length > 0 ? { steps, links, settings, hidden } : all;
}
