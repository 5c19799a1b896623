import type { Locator, Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { expect, SCREENSHOT_DIR, test, waitForDeferredPanels } from './fixtures';

/*
 * One screen per step: at 1280×800 and larger, with the page unscrolled, the player, the whole belt, every
 * equation and the narration of the current step are inside the viewport together, measured box by box.
 * On a phone the belt starts on the first screen and the player stays in view while the belt is read.
 * Screenshots: artifacts/screenshots/layout-<width>x<height>[-<variant>].png.
 */

const DESKTOPS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

interface Box {
  name: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const player = (page: Page) => page.getByRole('group', { name: 'Player' });
const chain = (page: Page) => page.getByRole('list', { name: 'Sentence, one token per time step' });
const narration = (page: Page) => page.locator('section', { has: page.getByRole('heading', { name: 'What happens at “She”' }) });

/** Opens an example at "She" (a jump, so nothing animates) once every deferred panel has arrived. */
async function openAtShe(page: Page, path: string) {
  await page.goto(path);
  await chain(page).getByRole('button', { name: /She/ }).click();
  await expect(page.getByTestId('step-counter')).toHaveText('Step 4 of 5 · She');
  await waitForDeferredPanels(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Saves what the screen shows (not the whole page: the point is the first screen) as <name>.png. */
async function saveScreen(page: Page, name: string) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, animations: 'disabled' });
}

async function boxOf(name: string, locator: Locator): Promise<Box> {
  const box = await locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  });
  return { name, ...box };
}

/** The boxes that must share the first screen: the player, the belt's drawing, each equation, the narration. */
async function firstScreenBoxes(page: Page, equations: number): Promise<Box[]> {
  const items = page.locator('li[data-equation]');
  await expect(items).toHaveCount(equations);
  const boxes = [await boxOf('player', player(page)), await boxOf('belt', page.getByTestId('belt')), await boxOf('narration', narration(page))];
  for (let index = 0; index < equations; index++) {
    boxes.push(await boxOf(`equation ${await items.nth(index).getAttribute('data-equation')}`, items.nth(index)));
  }
  return boxes;
}

async function expectInsideViewport(page: Page, boxes: Box[]) {
  const { width, height, scrollY, pageWidth } = await page.evaluate(() => ({
    width: window.innerWidth,
    height: window.innerHeight,
    scrollY: window.scrollY,
    pageWidth: document.documentElement.scrollWidth,
  }));
  expect(scrollY, 'the page is not scrolled').toBe(0);
  expect(pageWidth, 'no sideways page scroll').toBeLessThanOrEqual(width);
  const outside = boxes
    .filter((box) => box.top < -0.5 || box.left < -0.5 || box.bottom > height + 0.5 || box.right > width + 0.5 || box.bottom - box.top < 10)
    .map((box) => `${box.name}: ${Math.round(box.left)},${Math.round(box.top)} – ${Math.round(box.right)},${Math.round(box.bottom)}`);
  expect(outside, `boxes outside the ${width}×${height} viewport`).toEqual([]);
}

test('at 1280×800, 1440×900 and 1920×1080 the player, the whole belt, the six equations and the narration share the first screen', async ({ page }) => {
  // Five loads of the full page: on a busy machine each can take many seconds.
  test.slow();
  for (const size of DESKTOPS) {
    await page.setViewportSize(size);
    await openAtShe(page, '/?preset=alice');
    await expectInsideViewport(page, await firstScreenBoxes(page, 6));
    await saveScreen(page, `layout-${size.width}x${size.height}`);
  }
  // The belt uses the room a larger screen gives it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAtShe(page, '/?preset=alice');
  const small = await boxOf('belt', page.getByTestId('belt'));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await boxOf('belt', page.getByTestId('belt'))).bottom).toBeGreaterThan(small.bottom);
  const large = await boxOf('belt', page.getByTestId('belt'));
  expect(large.bottom - large.top).toBeGreaterThan(1.5 * (small.bottom - small.top));
});

test('the GRU’s four equations and the Chinese page fit the first screen at 1280×800', async ({ page }) => {
  test.slow();
  await openAtShe(page, '/?preset=alice&cell=gru');
  await expectInsideViewport(page, await firstScreenBoxes(page, 4));
  await saveScreen(page, 'layout-1280x800-gru');
  await page.goto('/?preset=alice&lang=zh');
  await page.getByRole('list', { name: '句子：每个时间步读一个词' }).getByRole('button', { name: /She/ }).click();
  await waitForDeferredPanels(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const items = page.locator('li[data-equation]');
  await expect(items).toHaveCount(6);
  const boxes = [await boxOf('player', page.getByRole('group', { name: '播放器' })), await boxOf('belt', page.getByTestId('belt'))];
  for (let index = 0; index < 6; index++) boxes.push(await boxOf(`equation ${index}`, items.nth(index)));
  boxes.push(await boxOf('narration', page.locator('section', { has: page.getByRole('heading', { name: '读到“She”时发生了什么' }) })));
  await expectInsideViewport(page, boxes);
  await saveScreen(page, 'layout-1280x800-zh');
});

test('the chain shows C and h between the cells, and a long sentence scrolls the chain, not the page', async ({ page }) => {
  test.slow();
  await openAtShe(page, '/?preset=alice');
  // C₃ and h₃ after "She", and C₀, h₀ after "Alice" (SEEDS.md: 0.389010, 0.176237; 0.122858, 0.049058).
  const cells = chain(page).getByRole('listitem');
  await expect(cells.nth(3)).toContainText('C 0.389');
  await expect(cells.nth(3)).toContainText('h 0.176');
  await expect(cells.nth(0)).toContainText('C 0.123');
  await expect(cells.nth(0)).toContainText('h 0.049');
  await expect(chain(page).getByRole('button')).toHaveCount(5);

  await page.goto('/?preset=stress&tokens=60&hidden=4');
  await expect(chain(page).getByRole('button')).toHaveCount(60);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-counter')).toContainText('Step 60 of 60');
  const state = await chain(page).evaluate((list) => {
    const current = list.querySelector('[aria-current="step"]')!.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    return {
      scrolls: list.scrollWidth > list.clientWidth,
      currentInView: current.left >= box.left - 1 && current.right <= box.right + 1,
      pageWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
    };
  });
  expect(state.scrolls, 'the chain scrolls inside its box').toBe(true);
  expect(state.currentInView, 'the current cell is scrolled into view').toBe(true);
  expect(state.pageWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(state.width);
  // With four units the arrows carry the vectors' lengths, and say so.
  await expect(chain(page).getByRole('listitem').first()).toContainText('‖C‖');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });
  test('the belt starts on the first screen, the player stays in view while the belt is read, nothing scrolls sideways', async ({ page }) => {
    await openAtShe(page, '/?preset=alice');
    const beltCard = page.getByRole('region', { name: 'The cell as a conveyor belt' });
    const top = await boxOf('belt card', beltCard);
    expect(top.top, 'the belt card starts within the first screen').toBeLessThan(667);
    await saveScreen(page, 'layout-375x667');
    // Scroll the belt to the middle of the screen: the player is still fully visible.
    await beltCard.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    const shown = await boxOf('player', player(page));
    const belt = await boxOf('belt card', beltCard);
    expect(shown.top).toBeGreaterThanOrEqual(-0.5);
    expect(shown.bottom).toBeLessThanOrEqual(667.5);
    expect(belt.bottom > 0 && belt.top < 667, 'the belt is on screen').toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
