// Browser entry. The prerendered page is readable as it is, so the app that makes it
// interactive (start.tsx) is requested only once the page's text is on screen (its first
// contentful paint): on a slow phone, text never shares the network or the main thread with
// the app's scripts.
import './styles.css';

const start = () => setTimeout(() => void import('./start.tsx'), 0);

if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((entries, observer) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
} else {
  requestAnimationFrame(start);
}
