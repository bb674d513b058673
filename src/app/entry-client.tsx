// Browser entry. The prerendered page is readable as it is, so the app that makes it
// interactive (start.tsx) is loaded after the first paint: on a slow phone, text never waits
// for scripts.
import './styles.css';

requestAnimationFrame(() => {
  setTimeout(() => void import('./start.tsx'), 0);
});
