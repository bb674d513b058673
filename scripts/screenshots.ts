// Screenshots of the pages a person uses most (home, a messenger, a step, the presenter view),
// on a phone and a desktop, in light and dark, into docs/screenshots/ with an index page, so the
// next designer sees where the app stands. Run after `npm run build`; not part of CI.
//   npm run screenshots
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs/screenshots');
const PORT = 4391;
const ORIGIN = `http://localhost:${PORT}`;

const DEVICES = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** What each screenshot shows: a page, or a page reached from another (the presenter view, from the planner). */
const SHOTS: { name: string; title: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', title: 'Home', open: (page) => visit(page, '/') },
  { name: 'messenger', title: 'A messenger (Signal)', open: (page) => visit(page, '/signal') },
  { name: 'step', title: 'A step (Signal Registration Lock)', open: (page) => visit(page, '/signal/registration-lock') },
  {
    name: 'presenter',
    title: 'Presenter view (the planner’s default plan)',
    open: async (page) => {
      await visit(page, '/workshop');
      // The planner's own link to the presenter view carries the plan in its fragment.
      const href = await page.locator('a[href*="/workshop/present"]').first().getAttribute('href');
      if (!href) throw new Error('The planner shows no link to the presenter view');
      await visit(page, href);
    },
  },
];

async function visit(page: Page, url: string) {
  await page.goto(new URL(url, ORIGIN).href);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  // Progress and lazy parts settle after hydration.
  await page.waitForLoadState('networkidle');
}

const server = spawn(process.execPath, ['scripts/serve.ts', String(PORT)], { cwd: root, stdio: 'ignore' });
try {
  for (let tries = 0; !(await fetch(ORIGIN).then((r) => r.ok, () => false)); tries += 1) {
    if (tries > 100) throw new Error(`scripts/serve.ts did not answer on port ${PORT}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const rows: string[] = [];
  try {
    for (const shot of SHOTS) {
      const cells: string[] = [];
      for (const device of DEVICES) {
        for (const scheme of SCHEMES) {
          const context = await browser.newContext({ viewport: device.viewport, colorScheme: scheme, reducedMotion: 'reduce' });
          const page = await context.newPage();
          await shot.open(page);
          const file = `${shot.name}-${device.name}-${scheme}.png`;
          // The first screen: what a person sees before scrolling.
          await page.screenshot({ path: join(out, file) });
          await context.close();
          cells.push(`![${shot.title}, ${device.name}, ${scheme}](${file})`);
          console.log(`docs/screenshots/${file}`);
        }
      }
      rows.push(`## ${shot.title}\n\n${cells.join('\n')}\n`);
    }
  } finally {
    await browser.close();
  }
  await writeFile(
    join(out, 'README.md'),
    `# Screenshots\n\nThe first screen of the pages a person uses most: phone (390×844) and desktop (1280×900),\nlight and dark. Made by \`npm run screenshots\` from the production build on ${new Date().toISOString().slice(0, 10)}.\n\n${rows.join('\n')}`,
  );
} finally {
  server.kill();
}
