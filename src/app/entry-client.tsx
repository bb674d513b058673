// Browser entry. A prerendered page is readable as it is, so the app that makes it interactive
// (start.tsx) is requested only once the page's text is on screen (its first contentful
// paint): on a slow phone, text never shares the network or the main thread with the app's
// scripts. A page with nothing drawn yet (the offline app shell, the dev server) has no
// such paint to wait for: the app starts at once and draws it.
const start = () => setTimeout(() => void import('./start.tsx'), 0);

if (document.getElementById('root')?.hasChildNodes() && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((entries, observer) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
} else {
  requestAnimationFrame(start);
}
