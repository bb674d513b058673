// An item's steps, one group per platform set ("Android and iPhone"), each under its own
// heading when the steps differ by platform. Used by the step page, the presenter and the handout.
import { Blocks } from './Blocks.tsx';
import { PLATFORM_NAMES } from '../content/messengers.ts';
import type { StepGroup } from '../content/schema.ts';

export function StepGroups({ groups, heading: Heading, className }: { groups: readonly StepGroup[]; heading: 'h3' | 'h4'; className?: string }) {
  return groups.map((group, index) => (
    <div key={index} className={className}>
      {group.platforms.length ? <Heading>{group.platforms.map((platform) => PLATFORM_NAMES[platform]).join(' and ')}</Heading> : null}
      <Blocks blocks={group.blocks} />
    </div>
  ));
}
