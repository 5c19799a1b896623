import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

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
 * to the test report. Does not change the page.
 */
export async function saveShot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // KaTeX glyphs come from web fonts; a shot taken before they load shows fallback glyphs.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = `${SCREENSHOT_DIR}${name}.png`;
  const body = await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  await test.info().attach(name, { body, contentType: 'image/png' });
  return path;
}
