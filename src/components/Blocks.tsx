// Renders the small block tree the compiler makes from an item's Markdown. Only these node
// kinds exist; there is no HTML to inject.
import { Fragment, type ReactNode } from 'react';
import { Link } from './links.tsx';
import { paths } from '../routing/routes.ts';
import type { Block, Inline } from '../content/schema.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { Term } from './terms.tsx';
import { useT } from '../i18n/i18n.tsx';

type ListBlock = Extract<Block, { type: 'list' }>;
/** A block inside a list item: a paragraph or a list nested one level down. */
type ListItemBlock = ListBlock['items'][number][number];

/** A run of inline nodes (text, code, links, terms), as in a paragraph. */
export function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  return nodes.map(renderInline);
}

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((block, index) => <BlockView key={index} block={block} />);
}

function BlockView({ block }: { block: Block | ListItemBlock }) {
  if (block.type === 'paragraph') return <p>{block.children.map(renderInline)}</p>;
  const items = (block.items as readonly (readonly ListItemBlock[])[]).map((item, index) => (
    <li key={index}>
      {item.length === 1 && item[0]?.type === 'paragraph'
        ? item[0].children.map(renderInline)
        : item.map((child, childIndex) => <BlockView key={childIndex} block={child} />)}
    </li>
  ));
  return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function renderInline(node: Inline, index: number): ReactNode {
  switch (node.type) {
    case 'text': {
      let content = <>{node.value}</>;
      if (node.emphasis) content = <em>{content}</em>;
      if (node.strong) content = <strong>{content}</strong>;
      return (
        <Fragment key={index}>
          {content}
          {node.en === undefined ? null : (
            <>
              {' '}
              <EnglishLabel label={node.en} />
            </>
          )}
        </Fragment>
      );
    }
    case 'code':
      return <code key={index}>{node.value}</code>;
    case 'external-link':
      return (
        <ExternalLink key={index} href={node.href}>
          {node.children.map(renderInline)}
        </ExternalLink>
      );
    case 'item-link':
      return (
        <Link key={index} to={paths.item(node.messenger, node.id)}>
          {node.children.map(renderInline)}
        </Link>
      );
    case 'term':
      return (
        <Term key={index} id={node.id}>
          {node.children.map(renderInline)}
        </Term>
      );
    case 'path':
      return <MenuPath key={index} segments={node.segments} />;
  }
}

/**
 * Words that stay in English (evidence, a note not translated yet): on a page in another
 * language, marked as English so screen readers read them with an English voice.
 */
export function InEnglish({ children }: { children: ReactNode }) {
  const t = useT();
  if (t.locale === 'en') return children;
  return (
    <span lang="en" dir="ltr">
      {children}
    </span>
  );
}

/**
 * Beside a menu label that the app's translation could not confirm: the English label, which a
 * person can match against an app shown in English, marked as English for screen readers.
 */
function EnglishLabel({ label }: { label: string }) {
  const t = useT();
  return (
    <span className="label-en">
      {t.rich('item.label.english', {
        label: (
          <span lang="en" dir="ltr">
            {label}
          </span>
        ),
      })}
    </span>
  );
}

/**
 * A menu path: its labels in reading order, with a chevron drawn by CSS between them that
 * turns with the text direction. Screen readers skip the chevron and hear ", then"
 * ("Settings, then Privacy"): it reads as the instruction it is, inside a sentence, where a
 * list would break the sentence and announce itself. The space is real, so words never run together.
 */
function MenuPath({ segments }: { segments: Extract<Inline, { type: 'path' }>['segments'] }) {
  const t = useT();
  return (
    <span className="menu-path">
      {segments.map((segment, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <>
              <span className="visually-hidden">{t('item.menuPath.then')}</span>
              <span className="menu-path-sep" aria-hidden="true" />{' '}
            </>
          )}
          <span className="menu-path-step">{segment.map(renderInline)}</span>
        </Fragment>
      ))}
    </span>
  );
}
