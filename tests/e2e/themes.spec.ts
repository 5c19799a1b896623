import type { Page } from '@playwright/test';
import { expect, saveElementShot, saveShot, test } from './fixtures';

/*
 * The three colour themes, for a person to look at: the whole page in each, then the belt and the
 * timeline seen through simulated colour-vision deficiencies. The simulation is an SVG feColorMatrix
 * filter on <html> (Machado, Oliveira and Fernandes 2009, severity 1, applied in linear RGB, which is
 * the filter's default colour space). Files: artifacts/screenshots/theme-<theme>[-<vision>]-<part>.png.
 * Assertions cover what a screenshot cannot prove by itself: the theme reaches <html>, the page and the
 * drawings really change colour, and the gates' colours stay apart under each simulation.
 */

const THEMES = ['light', 'dark', 'contrast'] as const;
type Theme = (typeof THEMES)[number];

const VISION = {
  deuteranopia: '0.367322 0.860646 -0.227968 0 0  0.280085 0.672501 0.047413 0 0  -0.011820 0.042940 0.968881 0 0  0 0 0 1 0',
  protanopia: '0.152286 1.052583 -0.204868 0 0  0.114503 0.786281 0.099216 0 0  -0.003882 -0.048116 1.051998 0 0  0 0 0 1 0',
} as const;
type Vision = keyof typeof VISION;

const SHE = 3;

async function openTheme(page: Page, theme: Theme) {
  await page.goto(`/?theme=${theme}&lang=en`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(page.getByTestId('belt')).toBeVisible();
  // The step "She": every gate is open enough to show its colour.
  await page.locator('[data-timeline-step]').nth(SHE).scrollIntoViewIfNeeded();
  await page.locator(`[data-timeline-quantity="f"][data-timeline-step="${SHE}"]`).click();
  await expect(page.locator(`[data-timeline-quantity="f"][data-timeline-step="${SHE}"]`)).toHaveAttribute('aria-current', 'step');
}

/** Puts a colour-vision simulation filter on the whole page. */
async function simulate(page: Page, vision: Vision) {
  await page.evaluate(
    ({ id, matrix }) => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('style', 'position:absolute;width:0;height:0');
      svg.innerHTML = `<filter id="${id}"><feColorMatrix type="matrix" values="${matrix}"/></filter>`;
      document.body.append(svg);
      document.documentElement.style.filter = `url(#${id})`;
    },
    { id: `vision-${vision}`, matrix: VISION[vision] },
  );
}

/**
 * The colours of the gates as the belt paints them (each valve's shutters), and of the candidate layer
 * and the hidden state as the theme defines them, resolved by the browser.
 */
async function drawnColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const colours: Record<string, string> = {};
    for (const gate of ['forget', 'input', 'output']) {
      const shutter = document.querySelector(`[data-valve="${gate}"] g rect`);
      colours[gate] = shutter ? getComputedStyle(shutter).fill : '';
    }
    const root = getComputedStyle(document.documentElement);
    colours.candidate = root.getPropertyValue('--candidate').trim();
    colours.hidden = root.getPropertyValue('--hidden').trim();
    return colours;
  });
}

/** sRGB channels of a computed colour, through the browser (it understands lab(), color-mix() and the rest). */
async function srgb(page: Page, colours: string[]): Promise<number[][]> {
  return page.evaluate((list) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return [];
    return list.map((colour) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    });
  }, colours);
}

const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** A colour as seen with a deficiency: the same matrix as the page filter, applied in linear RGB. */
function seenWith(vision: Vision, rgb: number[]): number[] {
  const m = VISION[vision].split(/\s+/).map(Number);
  const linear = rgb.map(toLinear);
  return [0, 1, 2].map((row) => toGamma(Math.min(1, Math.max(0, m[row * 5] * linear[0] + m[row * 5 + 1] * linear[1] + m[row * 5 + 2] * linear[2]))));
}

/** CIE76 distance in Lab between two sRGB colours. */
function labDistance(a: number[], b: number[]): number {
  const lab = (rgb: number[]) => {
    const [r, g, bl] = rgb.map(toLinear);
    const xyz = [
      (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047,
      0.2126 * r + 0.7152 * g + 0.0722 * bl,
      (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883,
    ].map((v) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116));
    return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

for (const theme of THEMES) {
  test(`the ${theme} theme colours the page, the belt and the timeline`, async ({ page }) => {
    await openTheme(page, theme);
    await saveShot(page, `theme-${theme}-page`);
    await saveElementShot(page.getByTestId('belt'), `theme-${theme}-belt`);

    const [paper, light] = await srgb(page, [await page.evaluate(() => getComputedStyle(document.body).backgroundColor), '#fbfaf7']);
    if (theme === 'light') expect(paper).toEqual(light);
    else expect(paper.every((channel) => channel < 40), `${theme} paper is dark: ${paper}`).toBe(true);

    // The heatmap's zero colour follows the theme: a near-zero cell is dark on a dark page.
    const cellPaper = await page
      .locator(`[data-timeline-quantity="c"][data-timeline-step="0"]`)
      .first()
      .evaluate((cell) => getComputedStyle(cell).backgroundColor);
    const [cellRgb] = await srgb(page, [cellPaper]);
    const brightness = (cellRgb[0] + cellRgb[1] + cellRgb[2]) / 3;
    if (theme === 'light') expect(brightness).toBeGreaterThan(150);
    else expect(brightness, `${theme} heatmap cell ${cellPaper}`).toBeLessThan(160);
  });

  for (const vision of Object.keys(VISION) as Vision[]) {
    test(`the gates stay apart in the ${theme} theme with ${vision}`, async ({ page }) => {
      await openTheme(page, theme);
      const colours = await drawnColours(page);
      const names = Object.keys(colours);
      const seen = (await srgb(page, Object.values(colours))).map((colour) => seenWith(vision, colour));
      const gates = new Set(['forget', 'input', 'output']);
      for (let a = 0; a < seen.length; a++) {
        for (let b = a + 1; b < seen.length; b++) {
          const distance = labDistance(seen[a], seen[b]);
          test.info().annotations.push({ type: 'distance', description: `${theme} ${vision} ${names[a]}–${names[b]}: ΔE ${distance.toFixed(1)}` });
          // The three gates must differ at a glance (ΔE76 over 20); the other pairs are recorded to look at.
          if (gates.has(names[a]) && gates.has(names[b])) {
            expect(distance, `${names[a]} vs ${names[b]} seen with ${vision}`).toBeGreaterThan(20);
          }
        }
      }
      await simulate(page, vision);
      await saveElementShot(page.getByTestId('belt'), `theme-${theme}-${vision}-belt`);
      await saveElementShot(page.locator('[data-timeline-quantity]').first().locator('xpath=ancestor::table'), `theme-${theme}-${vision}-timeline`);
    });
  }
}
