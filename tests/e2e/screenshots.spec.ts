import type { Page } from '@playwright/test';
import { expect, saveElementShot, saveShot, test } from './fixtures';

/*
 * Screenshots for a person to look at (not compared): step "She" at rest and frozen mid-animation, on a
 * laptop, a projector and a phone, and the stress preset with eight lanes. Each page shot comes with a
 * shot of just the belt. Files: artifacts/screenshots/{page,belt}-<width>-<state>.png.
 *
 * Mid-animation shots run the page on Playwright's fake clock, so the animation stands still at an exact
 * point while the screenshot is taken: at 0.25× a step lasts 6 s, and the shots are taken at 37.5 %
 * (inside the input stage, 25–50 %) and 87.5 % (inside the output stage, 75–100 %).
 */

const SHE = 3;
const SLOW_STEP_MS = 1500 / 0.25;
const counter = (page: Page) => page.getByTestId('step-counter');
const belt = (page: Page) => page.getByTestId('belt');
const beltCard = (page: Page) => page.getByRole('region', { name: 'The cell as a conveyor belt' });

async function open(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(counter(page)).toContainText('Step 1 of');
}

/** Jumps to a step by its token (a jump: no animation). */
async function jumpTo(page: Page, t: number) {
  await page.getByRole('list', { name: /^Sentence/ }).getByRole('button').nth(t).click();
  await expect(counter(page)).toContainText(`Step ${t + 1} of 5`);
  await expect(belt(page)).toHaveAttribute('data-animating', 'false');
}

async function shoot(page: Page, name: string) {
  await saveShot(page, `page-${name}`, { renderOffscreen: true });
  await saveElementShot(beltCard(page), `belt-${name}`);
  await noteClipping(page, name);
}

/**
 * Layout problems to look at, noted in the report rather than failed (the layout is still changing):
 * equations and panels whose content is wider than their box, so part of it is hidden or needs a
 * sideways scroll, and a page wider than the screen.
 */
async function noteClipping(page: Page, name: string) {
  const found = await page.evaluate(() => {
    const wider = (element: Element) => element.scrollWidth > element.clientWidth + 1;
    const problems: string[] = [];
    for (const item of document.querySelectorAll<HTMLElement>('li[data-equation]')) {
      const box = item.querySelector(':scope > button, :scope > div');
      if (box && wider(box)) problems.push(`equation "${item.dataset.equation}" is ${box.scrollWidth - box.clientWidth}px wider than its box`);
    }
    const figure = document.querySelector('[data-testid="belt"]')?.parentElement;
    if (figure && wider(figure)) problems.push(`belt is ${figure.scrollWidth}px wide in a ${figure.clientWidth}px box (sideways scroll)`);
    const root = document.documentElement;
    if (wider(root)) problems.push(`page is ${root.scrollWidth - root.clientWidth}px wider than the screen`);
    return problems;
  });
  for (const description of found) {
    test.info().annotations.push({ type: 'layout', description: `${name}: ${description}` });
    console.warn(`layout (${name}): ${description}`);
  }
}

/** "She" at rest, then frozen inside the input stage and inside the output stage of the step into "She". */
async function shootSheRestAndMidAnimation(page: Page, width: number) {
  await page.clock.install();
  await open(page);
  await jumpTo(page, SHE);
  await shoot(page, `${width}-rest-she`);

  await jumpTo(page, SHE - 1);
  await page.getByLabel('Speed').selectOption('0.25');
  // Freeze time, then start the step: the animation only moves when the test moves the clock.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toContainText('Step 4 of 5 · She');
  await page.clock.runFor(SLOW_STEP_MS * 0.375);
  await expect(belt(page)).toHaveAttribute('data-stage', 'input');
  await expect(page.locator('li[data-equation="input"]')).toHaveAttribute('data-highlighted', 'true');
  await shoot(page, `${width}-mid-input`);

  await page.clock.runFor(SLOW_STEP_MS * 0.5);
  await expect(belt(page)).toHaveAttribute('data-stage', 'output');
  await expect(page.locator('li[data-equation="hidden"]')).toHaveAttribute('data-highlighted', 'true');
  await shoot(page, `${width}-mid-output`);

  await page.clock.runFor(SLOW_STEP_MS * 0.2);
  await expect(belt(page)).toHaveAttribute('data-stage', 'rest');
}

test.describe.configure({ mode: 'parallel' });

test.describe('laptop 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
  test('"She" at rest, mid input, mid output', async ({ page }) => {
    await shootSheRestAndMidAnimation(page, 1280);
  });
});

test.describe('projector 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, reducedMotion: 'no-preference' });
  test('"She" at rest, mid input, mid output', async ({ page }) => {
    await shootSheRestAndMidAnimation(page, 1920);
  });
});

test.describe('phone 375×667', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  test('"She" at rest', async ({ page }) => {
    await open(page);
    await jumpTo(page, SHE);
    await shoot(page, '375-rest-she');
  });
});

test.describe('stress preset', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('200 words, H = 8, at 1280×800', async ({ page }) => {
    await open(page, '?preset=stress&tokens=200&hidden=8');
    await expect(counter(page)).toContainText('Step 1 of 200');
    await expect(belt(page).locator('[data-belt-quantity="c"]')).toHaveCount(8);
    await shoot(page, '1280-stress-h8');
  });
});
