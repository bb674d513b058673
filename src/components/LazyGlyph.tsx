// The marks and icons of the header and the home page, loaded just after the first page
// (icons.tsx is a chunk of its own) so the first-route JavaScript stays within its budget.
// The prerendered page already holds the SVG, and hydration keeps it while the chunk loads.
import { Suspense, lazy } from 'react';
import type { GlyphProps } from './icons.tsx';

const Glyph = lazy(() => import('./icons.tsx'));

export const LazyGlyph = (props: GlyphProps) => (
  <Suspense fallback={null}>
    <Glyph {...props} />
  </Suspense>
);
