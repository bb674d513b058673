// The app's own marks and icons, drawn here as inline SVG (no brand logos, no icon font,
// nothing from another host). Every one is decorative: aria-hidden, with text beside it.
// Colours and sizes come from styles.css (.icon, .mark), so an icon follows the text colour.
// Kept terse on purpose: this file loads with the first page (scripts/budgets.ts).
import type { MessengerId } from '../content/messengers.ts';

/** Stroke icons on a 24-unit grid, drawn in the text colour. */
const ICONS = {
  check: 'm5 12.5 4.5 4.5L19 7.5',
  external: 'M14 4h6v6m0-6-9 9m7 1v6H4V6h6',
  warning: 'M12 3 2 20h20zm0 7v4m0 3v.1',
  clock: 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0M12 7v5l3 2',
  /** Points forward in the reading direction: styles.css mirrors it on right-to-left pages. */
  chevron: 'm9 5 7 7-7 7',
  menu: 'M4 7h16M4 12h16M4 17h16',
  globe: 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0M3 12h18M12 3c-3.5 3.5-3.5 14.5 0 18m0-18c3.5 3.5 3.5 14.5 0 18',
};

/** Each messenger's initial, drawn in white inside its speech bubble. */
const INITIALS: Record<MessengerId, string> = {
  whatsapp: 'm6.5 7.5 2 7 3.5-5.5 3.5 5.5 2-7',
  signal: 'M15 8c-2-2-6-1.5-6 1 0 3 6 1.5 6 4.5 0 2.5-4.5 3-6.5 1',
  telegram: 'M7.5 7.5h9M12 7.5v8',
};

/** An aria-hidden SVG; in a mark, the first path is the filled shape (styles.css). */
const svg = (className: string, ...paths: string[]) => (
  <svg className={className} viewBox="0 0 24 24" aria-hidden="true">
    {paths.map((d) => (
      <path key={d} d={d} />
    ))}
  </svg>
);

export type IconName = keyof typeof ICONS;

export const Icon = ({ name }: { name: IconName }) => svg(`icon icon-${name}`, ICONS[name]);

/** A messenger's mark: a speech bubble in its own hue with its initial (not the vendor's logo). */
export const MessengerMark = ({ id }: { id: MessengerId }) =>
  svg(`mark mark-${id}`, 'M5 2h14q3 0 3 3v11q0 3-3 3h-8l-5 4v-4H5q-3 0-3-3V5q0-3 3-3', INITIALS[id]);

/** The site's mark: a shield with a tick, in the accent colour. */
export const SiteMark = () => svg('mark mark-site', 'M12 2 21 5v6c0 5-4 9.5-9 11-5-1.5-9-6-9-11V5z', 'm8 12 3 3 5-6');

export type GlyphProps = { icon: IconName } | { mark: MessengerId | 'site' };

/** Any of the above by props: what components/LazyGlyph.tsx loads after the first page. */
export default function Glyph(props: GlyphProps) {
  if ('icon' in props) return <Icon name={props.icon} />;
  return props.mark === 'site' ? <SiteMark /> : <MessengerMark id={props.mark} />;
}
