// Launches the Debian Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

// `||`, not `??`: an empty CHROME_PATH must still fall back to the system browser.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with a fresh profile. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS, headless: true });
}

/**
 * A new page with a desktop viewport and no reduced-motion preference (the benchmarks want the
 * animations). Console errors and page errors are collected into `page.benchErrors`.
 */
export async function openBenchPage(browser, url, initScript) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(`console.error: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, context, errors };
}

/** Reads "Step N of M" from the step counter; null when the page has no counter. */
export async function readStepCounter(page) {
  const text = await page
    .locator('[data-testid="step-counter"]')
    .first()
    .textContent({ timeout: 2000 })
    .catch(() => null);
  const match = text?.match(/Step\s+(\d+)\s+of\s+(\d+)/);
  return match ? { step: Number(match[1]) - 1, stepCount: Number(match[2]) } : null;
}

/** Whether the conveyor belt is on the page. */
export function hasBelt(page) {
  return page.evaluate(() => document.querySelector('[data-testid="belt"]') !== null);
}

/**
 * Waits until no step animation runs: until the belt drops data-animating="true" (10 s at most), or
 * 100 ms when there is no belt yet.
 */
export async function waitForAnimationEnd(page) {
  if (!(await hasBelt(page))) {
    await page.waitForTimeout(100);
    return;
  }
  await page.waitForFunction(
    () => document.querySelector('[data-testid="belt"]')?.getAttribute('data-animating') !== 'true',
    null,
    { timeout: 10_000, polling: 50 },
  );
}
