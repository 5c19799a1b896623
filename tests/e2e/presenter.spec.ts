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

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    for (const language of ['en', 'zh'] as const) {
      test(`screenshots at ${size.width}×${size.height} in ${language}`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.goto(`/?lang=${language}`);
        await expect(page.getByTestId('step-counter')).toBeVisible();
        await page.keyboard.press('p');
        await expect(presenter(page)).toBeVisible();
        await page.keyboard.press('End');
        await page.keyboard.press('PageUp');
        await expect(presenter(page)).toBeVisible();
        await expectFitsScreen(page);
        await saveShot(page, `presenter-${size.width}x${size.height}-${language}`);
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: language === 'en' ? 'Guided lesson' : '引导课程' }).click();
        for (let press = 0; press < 8; press++) await page.keyboard.press('PageDown');
        await expectFitsScreen(page);
        await saveShot(page, `presenter-lesson-question-${size.width}x${size.height}-${language}`);
        // Reveal, the next word, the question at "She", its reveal, and the moment at "She".
        for (let press = 0; press < 4; press++) await page.keyboard.press('PageDown');
        await expectFitsScreen(page);
        await saveShot(page, `presenter-lesson-she-${size.width}x${size.height}-${language}`);
        await page.keyboard.press('Home');
        await page.keyboard.press('PageDown');
        await saveShot(page, `presenter-lesson-rnn-${size.width}x${size.height}-${language}`);
      });
    }
  }
});
