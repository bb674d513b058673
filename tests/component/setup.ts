import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadMessages } from '../../src/i18n/i18n.tsx';

// Components render English unless a test says otherwise: every English message is at hand.
beforeAll(() => Promise.all([preloadMessages('en', 'shell'), preloadMessages('en', 'app')]));

afterEach(() => {
  cleanup();
});
window.scrollTo = () => {};
