import type { Page } from '@playwright/test';
import { expect, saveElementShot, test } from './fixtures';

/*
 * Keyboard: Tab walks every control of the page once, and each control shows a focus ring when it gets
 * there: a solid outline at least 2 px wide whose colour stands out 3:1 from the card and the page behind
 * it. The walk runs in the light theme (the rings are the same elements in every theme, only their colour
 * changes); in every theme the custom widgets (the scrub numbers, the belt's valves and layer boxes, the
 * timeline's cells) and a plain button and select are focused from the keyboard, their rings checked for
 * that contrast, and photographed with the ring on: artifacts/screenshots/focus-<theme>-<widget>.png.
 */

const THEMES = ['light', 'dark', 'contrast'] as const;
/** More Tab presses than the page has stops, so a trap or a runaway loop fails instead of hanging. */
const MAX_STOPS = 400;

interface Stop {
  what: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  visible: boolean;
}

/** Describes the focused element and its focus ring, as the browser computed them. */
function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
    return {
      what: `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} “${name}”`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      visible: box.width > 0 && box.height > 0,
    };
  });
}

/** Relative luminance of CSS colours, through a canvas so any colour syntax works. */
function luminances(page: Page, colours: string[]): Promise<number[]> {
  return page.evaluate((list) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return [];
    return list.map((colour) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    });
  }, colours);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

async function open(page: Page, theme: string) {
  await page.goto(`/?lang=en&theme=${theme}`);
  await expect(page.getByTestId('belt')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('Tab reaches every control with a visible focus ring (light)', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, 'light');
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let press = 0; press < MAX_STOPS; press++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (!stop) break;
    const key = await page.evaluate(() => {
      const element = document.activeElement as Element & { dataset?: DOMStringMap };
      element.setAttribute('data-tab-seen', element.getAttribute('data-tab-seen') ?? String(Math.random()));
      return element.getAttribute('data-tab-seen') ?? '';
    });
    if (seen.has(key)) break;
    seen.add(key);
    stops.push(stop);
  }
  test.info().annotations.push({ type: 'tab stops', description: `light: ${stops.length}` });

  // Everything the page offers is on the way: the player, the belt's gates, the weights, the timeline,
  // the editors, the save buttons.
  expect(stops.length).toBeGreaterThan(40);
  for (const expected of [/^button/, /^g\[role=img\]/, /\[role=spinbutton\]/, /^textarea/, /^select/]) {
    expect(stops.some((stop) => expected.test(stop.what)), `a stop matching ${expected}`).toBe(true);
  }

  const withoutRing = stops.filter((stop) => !stop.visible || stop.outlineStyle === 'none' || stop.outlineWidth < 2);
  expect(withoutRing.map((stop) => `${stop.what}: ${stop.outlineStyle} ${stop.outlineWidth}px`)).toEqual([]);
  await expectRingsStandOut(page, stops.map((stop) => stop.outlineColor));
});

/** Every ring colour stands out 3:1 from the page and from a card, in the theme on screen. */
async function expectRingsStandOut(page: Page, colours: string[]) {
  const [paper, surface] = await page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return [root.getPropertyValue('--paper'), root.getPropertyValue('--surface')];
  });
  const rings = [...new Set(colours)];
  const [paperLuminance, surfaceLuminance, ...ringLuminances] = await luminances(page, [paper, surface, ...rings]);
  rings.forEach((ring, k) => {
    expect(contrast(ringLuminances[k], paperLuminance), `ring ${ring} on the page`).toBeGreaterThanOrEqual(3);
    expect(contrast(ringLuminances[k], surfaceLuminance), `ring ${ring} on a card`).toBeGreaterThanOrEqual(3);
  });
}

for (const theme of THEMES) {
  test(`custom widgets and plain controls show a ring that stands out (${theme})`, async ({ page }) => {
    await open(page, theme);
    const widgets = [
      { name: 'scrub-number', locator: page.getByRole('spinbutton').first(), around: page.getByRole('spinbutton').first().locator('xpath=ancestor::table/../..') },
      { name: 'valve', locator: page.locator('[data-valve="input"]'), around: page.getByTestId('belt') },
      { name: 'layer-box', locator: page.locator('[data-layer="forget"]'), around: page.getByTestId('belt') },
      { name: 'timeline-cell', locator: page.locator('[data-timeline-quantity][tabindex="0"]'), around: page.locator('[data-timeline-quantity]').first().locator('xpath=ancestor::table/..') },
      { name: 'button', locator: page.getByRole('button', { name: 'Next step' }), around: page.getByRole('button', { name: 'Next step' }).locator('xpath=..') },
      { name: 'select', locator: page.getByLabel('Speed'), around: page.getByLabel('Speed').locator('xpath=..') },
    ];
    const colours: string[] = [];
    for (const widget of widgets) {
      await widget.locator.scrollIntoViewIfNeeded();
      // Focus by keyboard (Shift+Tab then Tab) so :focus-visible applies as it does for a keyboard user.
      await widget.locator.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(widget.locator).toBeFocused();
      const ring = await widget.locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
      });
      expect(ring.style, `${widget.name} ring`).not.toBe('none');
      expect(ring.width, `${widget.name} ring width`).toBeGreaterThanOrEqual(2);
      colours.push(ring.colour);
      await saveElementShot(widget.around, `focus-${theme}-${widget.name}`);
    }
    await expectRingsStandOut(page, colours);
  });
}
