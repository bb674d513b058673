// An item's steps, one group per platform set ("Android and iPhone"), each under its own
// heading when the steps differ by platform. Used by the step page, the presenter and the handout.
// `fold`: the groups for other platforms than the first are closed, one tap away (a step page
// that does not know the person's platforms), so the steps of one platform come first.
import { Blocks } from './Blocks.tsx';
import { PLATFORM_LABELS } from '../content/labels.ts';
import type { StepGroup } from '../content/schema.ts';
import { useT } from '../i18n/i18n.tsx';
import { formatList } from '../i18n/lists.ts';

interface Props {
  groups: readonly StepGroup[];
  heading: 'h3' | 'h4';
  className?: string;
  fold?: boolean;
  /** The steps are English on a page in another language (a step not translated yet). */
  inEnglish?: boolean;
}

/** The groups shown open when folded: those for every platform, and those of the first platform. */
export function openWhenFolded(groups: readonly StepGroup[]): StepGroup[] {
  const first = groups.find((group) => group.platforms.length > 0)?.platforms ?? [];
  return groups.filter((group) => group.platforms.length === 0 || group.platforms.some((platform) => first.includes(platform)));
}

export function StepGroups({ groups, heading: Heading, className, fold = false, inEnglish = false }: Props) {
  const t = useT();
  const blocks = (group: StepGroup) =>
    inEnglish ? (
      <div lang="en" dir="ltr">
        <Blocks blocks={group.blocks} />
      </div>
    ) : (
      <Blocks blocks={group.blocks} />
    );
  const open = openWhenFolded(groups);
  // Disclosures only where one is closed: steps for every platform need none.
  const folding = fold && open.length < groups.length;
  return groups.map((group, index) => {
    const title = formatList(
      group.platforms.map((platform) => t(PLATFORM_LABELS[platform])),
      t.locale,
    );
    if (folding && group.platforms.length) {
      return (
        <details key={index} className={`step-platform ${className ?? ''}`} open={open.includes(group)}>
          <summary>
            <Heading>{title}</Heading>
          </summary>
          {blocks(group)}
        </details>
      );
    }
    return (
      <div key={index} className={className}>
        {group.platforms.length ? <Heading>{title}</Heading> : null}
        {blocks(group)}
      </div>
    );
  });
}
