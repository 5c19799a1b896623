import { expect, saveShot, test } from './fixtures';
import type { Page } from '@playwright/test';

const presenter = (page: Page) => page.getByRole('region', { name: /Presenter view|演示视图/ });

/** Nothing in presenter mode may need scrolling: the whole slide fits the projector's screen. */
async function expectFitsScreen(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { width: root.scrollWidth - window.innerWidth, height: root.scrollHeight - window.innerHeight };
  });
  expect(overflow.width).toBeLessThanOrEqual(0);
  expect(overflow.height).toBeLessThanOrEqual(0);
  // Nor may the equations column hide a line behind its own scroll bar.
  const hidden = await page.locator('[data-equation]').first().evaluate((item) => {
    const list = item.parentElement as HTMLElement;
    return list.scrollHeight - list.clientHeight;
  }).catch(() => 0);
  expect(hidden).toBeLessThanOrEqual(1);
}

/**
 * Measures the type on the presenter screen as it is seen: HTML text by its computed font size, KaTeX by
 * its .katex box's font size, SVG text by its font size times the drawing's scale on screen. Also the
 * belt's values and how much of its column the drawn belt spans.
 */
async function measureType(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector('[role="region"]')!;
    const scaleOf = (svg: SVGSVGElement) => {
      const box = svg.viewBox.baseVal;
      return Math.min(svg.clientWidth / box.width, svg.clientHeight / box.height);
    };
    const sizeOf = (element: Element) => {
      const katex = element.closest('.katex');
      const own = parseFloat(getComputedStyle(katex ?? element).fontSize);
      const svg = element.closest('svg');
      return svg && !katex ? own * scaleOf(svg) : own;
    };
    const sizes: { size: number; text: string }[] = [];
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      const text = node.textContent?.trim() ?? '';
      if (!text || element.closest('title, .katex-mathml')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      sizes.push({ size: sizeOf(element), text });
    }
    const smallest = sizes.reduce((least, item) => (item.size < least.size ? item : least));
    const values = [...document.querySelectorAll('[data-testid="belt"] [data-belt-quantity]')].map(sizeOf);
    const svg = document.querySelector<SVGSVGElement>('[data-testid="belt"]')!;
    const column = svg.closest('figure')!.parentElement!.parentElement!;
    const style = getComputedStyle(column);
    const columnWidth = column.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return {
      smallest,
      values,
      smallestValue: Math.min(...values),
      beltShare: (scaleOf(svg) * svg.viewBox.baseVal.width) / columnWidth,
    };
  });
}

test.describe('presenter mode', () => {
  test('P presents the current step in large type with the editing chrome gone; Esc comes back', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    // Keys reach the app only once it has rendered (the load event can come first on a busy machine).
    await expect(page.getByTestId('step-counter')).toHaveText('Step 1 of 5 · Alice');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-counter')).toHaveText('Step 2 of 5 · is');
    await page.keyboard.press('p');
    await expect(presenter(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    await expect(page.getByRole('group', { name: /weights/i })).toHaveCount(0);
    await expect(page.getByTestId('presenter-counter')).toHaveText('Step 2 of 5 · is');
    // Clicker keys step freely outside the lesson.
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-counter')).toHaveText('Step 3 of 5 · happy');
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('presenter-counter')).toHaveText('Step 2 of 5 · is');
    // Type large enough for the back of a hall: body text at least 19 px at 1280 wide.
    const size = await presenter(page).evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(size).toBeGreaterThanOrEqual(19);
    await expectFitsScreen(page);
    // B blanks the screen, B again shows it; Esc leaves.
    await page.keyboard.press('b');
    await expect(page.getByRole('status').filter({ hasText: /blank/ })).toBeAttached();
    await page.keyboard.press('b');
    await expect(page.getByRole('status').filter({ hasText: /blank/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(presenter(page)).toHaveCount(0);
    await expect(page.getByTestId('step-counter')).toContainText('Step 2 of 5');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'contrast');
  });

  test('the guided lesson: slides advance with the clicker, asks before it reveals, can be left and resumed', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Guided lesson' }).click();
    await expect(presenter(page)).toContainText('Slide 1 of 15');
    await expect(presenter(page)).toContainText('How does an LSTM remember?');
    await page.keyboard.press('PageDown');
    await expect(presenter(page)).toContainText('A simple RNN carries one vector');
    await expect(presenter(page).getByRole('img', { name: /How much of “Alice” is left/ })).toBeVisible();
    for (let press = 0; press < 7; press++) await page.keyboard.press('PageDown');
    // Slide 9 asks first, on the word before.
    await expect(presenter(page)).toContainText('Will the forget gate open or close at “is”?');
    await expect(page.getByTestId('presenter-counter')).toHaveText('Step 1 of 5 · Alice');
    await page.getByRole('button', { name: /Open: keep the memory/ }).click();
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-counter')).toHaveText('Step 2 of 5 · is');
    await expect(presenter(page)).toContainText('It closes a little: f = 0.453');
    await expect(presenter(page)).toContainText('Your guess: Open');
    await expectFitsScreen(page);
    // Leave at this slide, edit, and resume where the lesson was.
    await page.keyboard.press('Escape');
    await expect(presenter(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Resume lesson at slide 9' }).click();
    await expect(presenter(page)).toContainText('Slide 9 of 15');
  });

  // The promise for the back of the hall: every text at least `text` px on screen, the belt's values at
  // least `values` px, the belt as wide as its column, nothing to scroll. Both languages, at step "She".
  for (const size of [
    { width: 1280, height: 720, text: 20, values: 24 },
    { width: 1920, height: 1080, text: 28, values: 34 },
  ]) {
    test(`type for the back of the hall at ${size.width}×${size.height}, in English and Chinese, with screenshots`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const language of ['en', 'zh'] as const) {
        const name = `${size.width}x${size.height}-${language}`;
        await page.goto(`/?lang=${language}`);
        await expect(page.getByTestId('step-counter')).toBeVisible();
        await page.keyboard.press('p');
        await expect(presenter(page)).toBeVisible();
        await saveShot(page, `presenter-step1-${name}`);
        for (let press = 0; press < 3; press++) await page.keyboard.press('PageDown');
        await expect(page.getByTestId('presenter-counter')).toContainText('She');
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const measured = await measureType(page);
        expect(measured.smallest.size, `smallest text: “${measured.smallest.text}”`).toBeGreaterThanOrEqual(size.text);
        expect(measured.values.length).toBeGreaterThanOrEqual(11);
        expect(measured.smallestValue, 'smallest value on the belt').toBeGreaterThanOrEqual(size.values);
        expect(measured.beltShare, 'belt width / its column').toBeGreaterThanOrEqual(0.9);
        await expectFitsScreen(page);
        await saveShot(page, `presenter-${name}`);
        // The lesson's slide on the forget gate: the gate and its equation grow, the other gates dim.
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: language === 'en' ? 'Guided lesson' : '引导课程' }).click();
        for (let press = 0; press < 3; press++) await page.keyboard.press('PageDown');
        await expect(presenter(page)).toContainText(/Slide 4 of|第 4/);
        // The focus lands once the slide has rendered (one painted frame after the counter).
        await expect(page.locator('[data-layer="forget"]')).toHaveCSS('opacity', '1');
        const focus = await page.evaluate(() => {
          const opacity = (selector: string) => Number(getComputedStyle(document.querySelector(selector)!).opacity);
          const width = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().width;
          const fontSize = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
          return {
            forget: opacity('[data-layer="forget"]'),
            others: ['input', 'candidate', 'output'].map((id) => opacity(`[data-layer="${id}"]`)),
            valves: ['input', 'output'].map((id) => opacity(`[data-valve="${id}"]`)),
            grown: width('[data-layer="forget"]') / width('[data-layer="input"]'),
            equation: fontSize('[data-equation="forget"]') / fontSize('[data-equation="input"]'),
            equationDimmed: opacity('[data-equation="input"]'),
          };
        });
        expect(focus.forget).toBe(1);
        for (const dimmed of [...focus.others, ...focus.valves]) expect(dimmed).toBeLessThanOrEqual(0.5);
        expect(focus.grown).toBeGreaterThan(1.2);
        expect(focus.equation).toBeGreaterThan(1.1);
        expect(focus.equationDimmed).toBeLessThan(1);
        await expectFitsScreen(page);
        await saveShot(page, `presenter-lesson-forget-${name}`);
      }
    });
  }

  test('on a phone: on its side the belt and the step buttons fill the screen; upright it asks to turn', async ({ page }) => {
    await page.setViewportSize({ width: 667, height: 375 });
    await page.goto('/?lang=en');
    await expect(page.getByTestId('step-counter')).toBeVisible();
    await page.keyboard.press('p');
    await expect(presenter(page)).toBeVisible();
    // No keyboard on a phone: the bar's buttons step.
    for (let press = 0; press < 3; press++) await presenter(page).getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByTestId('presenter-counter')).toContainText('She');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const measured = await measureType(page);
    // 12 px, less a hundredth for the sub-pixel rounding of a drawing scaled to the screen.
    expect(measured.smallest.size, `smallest text: “${measured.smallest.text}”`).toBeGreaterThanOrEqual(11.99);
    expect(measured.beltShare).toBeGreaterThanOrEqual(0.9);
    // The belt takes most of the screen: at least 85 % of its height below the bar.
    const belt = await page.getByTestId('belt').boundingBox();
    expect(belt!.height).toBeGreaterThan(375 * 0.8);
    await expectFitsScreen(page);
    await saveShot(page, 'presenter-phone-landscape-en');
    await page.setViewportSize({ width: 375, height: 667 });
    await expect(presenter(page).getByText('Turn your phone sideways')).toBeVisible();
    await saveShot(page, 'presenter-phone-portrait-en');
  });
});
