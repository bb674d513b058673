// A menu path from the compiled content: its labels in order, in bold, with a separator that
// screen readers skip and words (", then") that they read instead of a typed arrow.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Blocks } from '../../src/components/Blocks.tsx';
import type { Block } from '../../src/content/schema.ts';
import { LocaleProvider, preloadMessages } from '../../src/i18n/i18n.tsx';

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

describe('a menu label that the app’s translation could not confirm', () => {
  // As the compiler leaves it on a translated step: the English label on the run's last text node.
  const translated: Block = {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'Entra en ' },
      { type: 'path', segments: [label('Ajustes'), [{ type: 'text', value: 'Dispositivos vinculados', strong: true, en: 'Linked devices' }]] },
      { type: 'text', value: '.' },
    ],
  };

  it('shows the translated label, then the English one in brackets, marked as English', async () => {
    await Promise.all([preloadMessages('es', 'shell'), preloadMessages('es', 'app')]);
    const { container } = render(
      <LocaleProvider value="es">
        <Blocks blocks={[translated]} />
      </LocaleProvider>,
    );
    expect(container.querySelector('p')).toHaveTextContent('Entra en Ajustes, luego Dispositivos vinculados (en inglés: Linked devices).', { normalizeWhitespace: true });
    const english = screen.getByText('Linked devices');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('dir', 'ltr');
    // The bracket words are in the page's language; the label in bold stays the translated one.
    expect(english.closest('.label-en')).toHaveTextContent('(en inglés: Linked devices)');
    expect(english.closest('.label-en')).not.toHaveAttribute('lang');
    expect(screen.getByText('Dispositivos vinculados').tagName).toBe('STRONG');
  });
});
