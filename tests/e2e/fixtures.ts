import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Folder for screenshots: git-ignored, and outside Playwright's outputDir, which is wiped each run. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

/** Playwright's `test`, extended so every test fails on a console error or an uncaught page error. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      // Checked after the test body, so an error logged late (e.g. by an effect) still counts.
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Saves a full-page PNG as artifacts/screenshots/<name>.png once web fonts have loaded, and attaches it
 * to the test report. Does not change the page, except that (unless `renderOffscreen` is false) it lifts
 * `content-visibility: auto` for the length of the shot: panels far below the first screen otherwise
 * come out blank in a full-page shot (the browser skips painting them until they are scrolled to).
 */
export async function saveShot(page: Page, name: string, options: { renderOffscreen?: boolean } = {}): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // KaTeX glyphs come from web fonts; a shot taken before they load shows fallback glyphs.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = `${SCREENSHOT_DIR}${name}.png`;
  const reveal = options.renderOffscreen !== false
    ? await page.addStyleTag({ content: '* { content-visibility: visible !important; }' })
    : null;
  const body = await page
    .screenshot({ path, fullPage: true, animations: 'disabled' })
    .finally(() => reveal?.evaluate((node) => (node as Element).remove()));
  await test.info().attach(name, { body, contentType: 'image/png' });
  return path;
}

/**
 * Saves a PNG of one element (e.g. just the belt) as artifacts/screenshots/<name>.png once web fonts have
 * loaded, and attaches it to the test report. Does not change the page.
 */
export async function saveElementShot(element: Locator, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await element.page().evaluate(() => document.fonts.ready.then(() => undefined));
  const path = `${SCREENSHOT_DIR}${name}.png`;
  const body = await element.screenshot({ path, animations: 'disabled' });
  await test.info().attach(name, { body, contentType: 'image/png' });
  return path;
}

/** Waits until every panel that loads after the first view (equations, values, editors…) has arrived. */
export async function waitForDeferredPanels(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}
