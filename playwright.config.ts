// End-to-end tests: the production build (dist/, prerendered) served as a static host would,
// in the system's headless Chromium. `npm run test:e2e` builds first.
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side; each serves its own dist/.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Chromium's background services try to reach Google; this machine has no such network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: /offline\.spec\.ts/ },
    // Offline and update tests change dist/sw.js, so they run once the others are done.
    { name: 'offline', testMatch: /offline\.spec\.ts/, dependencies: ['site'] },
  ],
  webServer: {
    command: `node scripts/serve.ts ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
