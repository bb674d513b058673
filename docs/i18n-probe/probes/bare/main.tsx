// Bare React 19 + react-dom page: the reference the other probes are measured against.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  useEffect(() => {
    document.body.dataset.ready = '1';
  }, []);
  return <main id="out"><p>Hello</p></main>;
}
createRoot(document.getElementById('root')!).render(<App />);
