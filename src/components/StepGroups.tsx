// An item's steps, one group per platform set ("Android and iPhone"), each under its own
// heading when the steps differ by platform. Used by the step page, the presenter and the handout.
// `fold`: the groups for other platforms than the first are closed, one tap away (a step page
// that does not know the person's platforms), so the steps of one platform come first.
import { Blocks } from './Blocks.tsx';
import { PLATFORM_NAMES } from '../content/messengers.ts';
import type { StepGroup } from '../content/schema.ts';

interface Props {
  groups: readonly StepGroup[];
  heading: 'h3' | 'h4';
  className?: string;
  fold?: boolean;
}

/** The groups shown open when folded: those for every platform, and those of the first platform. */
export function openWhenFolded(groups: readonly StepGroup[]): StepGroup[] {
  const first = groups.find((group) => group.platforms.length > 0)?.platforms ?? [];
  return groups.filter((group) => group.platforms.length === 0 || group.platforms.some((platform) => first.includes(platform)));
}

export function StepGroups({ groups, heading: Heading, className, fold = false }: Props) {
  const open = openWhenFolded(groups);
  // Disclosures only where one is closed: steps for every platform need none.
  const folding = fold && open.length < groups.length;
  return groups.map((group, index) => {
    const title = group.platforms.map((platform) => PLATFORM_NAMES[platform]).join(' and ');
    if (folding && group.platforms.length) {
      return (
        <details key={index} className={`step-platform ${className ?? ''}`} open={open.includes(group)}>
          <summary>
            <Heading>{title}</Heading>
          </summary>
          <Blocks blocks={group.blocks} />
        </details>
      );
    }
    return (
      <div key={index} className={className}>
        {group.platforms.length ? <Heading>{title}</Heading> : null}
        <Blocks blocks={group.blocks} />
      </div>
    );
  });
}
