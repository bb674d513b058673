// Tells components whether the browser has taken over the prerendered page. Progress comes
// from this browser's storage, so it is shown only once hydrated: the prerendered HTML (and a
// page read without JavaScript) never shows an empty checklist that then fills in.
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';

const HydratedContext = createContext(false);

export function HydrationProvider({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  // A layout effect re-renders before the first paint, so ticks appear with the page; this
  // one-time switch is the point of the effect, not a derived value.
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHydrated(true);
    // Lets tests (and styles) tell that the app has taken over the page.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}

export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
