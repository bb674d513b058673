// A menu path from the compiled content: its labels in order, in bold, with a separator that
// screen readers skip and words (", then") that they read instead of a typed arrow.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Blocks } from '../../src/components/Blocks.tsx';
import type { Block } from '../../src/content/schema.ts';

const label = (value: string) => [{ type: 'text' as const, value, strong: true }];
const step: Block = {
  type: 'paragraph',
  children: [
    { type: 'text', value: 'Go to ' },
    { type: 'path', segments: [label('Settings'), label('Privacy'), [...label('⋮'), { type: 'text', value: ' (More options)' }]] },
    { type: 'text', value: '.' },
  ],
};

describe('a menu path', () => {
  it('shows its labels in order, in bold, with a separator between each two that screen readers skip', () => {
    const { container } = render(<Blocks blocks={[step]} />);
    const path = container.querySelector('.menu-path')!;
    expect([...path.querySelectorAll('strong')].map((strong) => strong.textContent)).toEqual(['Settings', 'Privacy', '⋮']);
    const separators = [...path.querySelectorAll('.menu-path-sep')];
    expect(separators).toHaveLength(2);
    for (const separator of separators) {
      expect(separator).toHaveAttribute('aria-hidden', 'true');
      expect(separator).toBeEmptyDOMElement();
    }
    // Each separator sits between two labels, in the order the path gives them.
    const order = [...path.querySelectorAll('strong, .menu-path-sep')].map((node) => node.textContent || '›');
    expect(order).toEqual(['Settings', '›', 'Privacy', '›', '⋮']);
  });

  it('reads as words, with no typed arrow: "Go to Settings, then Privacy, then ⋮ (More options)."', () => {
    const { container } = render(<Blocks blocks={[step]} />);
    expect(container.querySelector('p')).toHaveTextContent('Go to Settings, then Privacy, then ⋮ (More options).', { normalizeWhitespace: true });
    expect(container.textContent).not.toMatch(/[→›>]/);
  });
});
