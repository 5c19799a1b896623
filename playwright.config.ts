import { defineConfig } from '@playwright/test';

// Browser tests drive the built app (`npm run preview`) in the Debian Chromium: Playwright's own
// browser downloads are never used. `||` (not `??`) so an empty CHROME_PATH still falls back.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
// E2E_PORT and E2E_DIST let two runs share a machine (each serving its own build on its own port).
const port = Number(process.env.E2E_PORT) || 4173;
const dist = process.env.E2E_DIST || 'dist';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright wipes this folder on every run; screenshots and reports live in artifacts/ instead.
  outputDir: process.env.E2E_PORT ? `test-results-${port}` : 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Generous: CI shares a 2-core machine between two workers, a preview server and two browsers, and the
  // 200-word stress views render for many seconds there. A failing check only waits longer; passing ones
  // return as soon as they hold.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_PORT ? `artifacts/reports/playwright-${port}.json` : 'artifacts/reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    baseURL,
    viewport: { width: 1280, height: 800 },
    // A step change plays a 1.5 s animation (Next during it moves on to the next one). With reduced motion
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
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
