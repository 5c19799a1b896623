import { defineConfig } from '@playwright/test';

// Browser tests drive the built app (`npm run preview`) in the Debian Chromium: Playwright's own
// browser downloads are never used. `||` (not `??`) so an empty CHROME_PATH still falls back.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const baseURL = 'http://127.0.0.1:4173';

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright wipes this folder on every run; screenshots and reports live in artifacts/ instead.
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'artifacts/reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    baseURL,
    viewport: { width: 1280, height: 800 },
    // A step change plays a 1.5 s animation, and Next during it only finishes it. With reduced motion
    // every step lands at once, so keyboard walks and screenshots are deterministic; tests of the
    // animation itself opt back in with `test.use({ reducedMotion: 'no-preference' })`.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
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
  webServer: {
    // Serves dist/; the caller builds first (see the test:e2e script).
    command: 'npm run preview',
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
