import { useEffect, type ReactNode } from 'react';
/** Marks the page as rendered for the measure script. */
export function Ready({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.body.dataset.ready = '1';
  }, []);
  return <main id="out">{children}</main>;
}
