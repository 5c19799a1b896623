import type { Page } from '@playwright/test';
import { expect, saveShot, SCREENSHOT_DIR, test } from './fixtures';

/*
 * Phones and tablets: the panels stack and the page never scrolls sideways; only the regions made to
 * scroll (wide equations and tables, a long token strip) scroll inside their card; the belt is drawn
 * for portrait and fits. Weights can be changed by dragging with a finger. Screenshots of each size in both
 * languages: artifacts/screenshots/phone-<width>-<language>.png.
 */

const SIZES = [
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
] as const;
const LANGUAGES = ['en', 'zh'] as const;

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('belt')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Elements that reach past the right edge of the screen without a scrolling box between them and the
 * page, i.e. the ones that would make the page itself scroll sideways. Panels below the fold are laid
 * out in full first (content-visibility would otherwise skip them).
 */
async function overflowingElements(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrollsSideways = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      let parent = element.parentElement;
      let contained = false;
      while (parent && parent !== document.body) {
        if (scrollsSideways(parent)) {
          contained = true;
          break;
        }
        parent = parent.parentElement;
      }
      if (!contained) found.push(`${element.tagName.toLowerCase()}.${String(element.className).slice(0, 40)} right=${Math.round(box.right)}`);
    }
    return found.slice(0, 12);
  });
}

/**
 * The full page again in screen-high slices (…-part-1.png, -part-2.png, …), which can be looked at at
 * their real size; a phone's full-page shot is too tall for that.
 */
async function saveSections(page: Page, name: string) {
  const reveal = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const { width, height } = await page.evaluate(() => ({ width: window.innerWidth, height: document.documentElement.scrollHeight }));
  const slice = 1100;
  for (let top = 0, part = 1; top < height; top += slice, part++) {
    await page.screenshot({ path: `${SCREENSHOT_DIR}${name}-part-${part}.png`, fullPage: true, clip: { x: 0, y: top, width, height: Math.min(slice, height - top) }, animations: 'disabled' });
  }
  await reveal.evaluate((node) => (node as Element).remove());
}

for (const size of SIZES) {
  for (const language of LANGUAGES) {
    test(`${size.width}×${size.height} (${language}): panels stack and nothing but scroll boxes overflows`, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page, `/?lang=${language}`);
      // A phone's page is too tall for one readable shot: it is saved in screen-sized sections instead.
      if (size.width < 700) await saveSections(page, `phone-${size.width}-${language}`);
      else await saveShot(page, `phone-${size.width}-${language}`);
      expect(await overflowingElements(page)).toEqual([]);
      const widths = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth }));
      expect(widths.scroll, 'the page is no wider than the screen').toBeLessThanOrEqual(widths.inner);

      // Stacked: every card of the main grid starts at the same left edge at phone and tablet widths.
      const lefts = await page.locator('main > *').evaluateAll((items) =>
        items.filter((item) => item.getBoundingClientRect().height > 0).map((item) => Math.round(item.getBoundingClientRect().left)),
      );
      expect(new Set(lefts).size).toBe(1);

      // On a phone the belt is drawn for portrait: it fits its card, with no sideways scroll and no hint.
      if (size.width < 700) {
        const figure = page.getByTestId('belt').locator('xpath=..');
        const scroll = await figure.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
        expect(scroll.scroll).toBeLessThanOrEqual(scroll.client);
        await expect(page.getByTestId('belt')).toHaveAttribute('data-orientation', 'portrait');
      }
    });
  }
}

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 667 } });

  test('a weight can be changed by dragging it with a finger', async ({ page }) => {
    await open(page, '/?lang=en');
    const weight = page.getByRole('spinbutton').first();
    await weight.scrollIntoViewIfNeeded();
    const before = Number(await weight.getAttribute('aria-valuenow'));
    const box = await weight.boundingBox();
    if (!box) throw new Error('the weight has no box');
    const y = box.y + box.height / 2;
    const x = box.x + box.width / 2;
    // A finger drag as Chromium receives it from a touch screen: touch events, which it turns into pointer events.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let dx = 5; dx <= 40; dx += 5) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + dx, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => Number(await weight.getAttribute('aria-valuenow'))).toBeCloseTo(before + 0.4, 5);
    // The drag did not scroll the page sideways and did not open the field for typing.
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    await expect(page.getByRole('spinbutton').first()).toBeVisible();

    // A tap (no movement) opens the number for typing, as a click does.
    await weight.tap();
    await expect(page.locator('input[aria-label]').first()).toBeFocused();
  });
});
