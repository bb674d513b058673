// A part of a page that React hydrates on its own, after the page around it. The prerendered
// HTML shows it already, so there is no rush: React takes over each such part later, in its own
// short render and commit that a tap can come between (a Suspense boundary left dehydrated on
// the first pass), instead of one long task for the whole page. Nothing inside suspends on a
// page opened in the app (its content is loaded before the link is followed), so there is no
// fallback to show.
import { Suspense, type ReactNode } from 'react';

export function Part({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
