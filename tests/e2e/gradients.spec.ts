import type { Page } from '@playwright/test';
import { expect, saveElementShot, test } from './fixtures';

/*
 * The Gradients panel (src/ui/panels/Gradients): gradients through time in the LSTM and a simple RNN on
 * the unrolled cells, read by pointer and keyboard, with the long gap and the RNN's weight scale.
 * Screenshots: artifacts/screenshots/gradients-*.png. 
 */

const TITLE = { en: 'Gradients through time', zh: '随时间反向传播的梯度' } as const;
const CHAIN = 'The cells unrolled over the sentence, and the size of the gradient at every word';

async function openPanel(page: Page, query: string, language: 'en' | 'zh' = 'en') {
  await page.goto(`./${query}`);
  const region = page.getByRole('region', { name: TITLE[language] });
  await region.waitFor({ state: 'attached', timeout: 15_000 });
  await region.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return region;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 375, height: 667 },
]) {
  test(`Alice’s gradients are read word by word with the keyboard (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const region = await openPanel(page, '?preset=alice');
    const chain = region.getByRole('slider', { name: CHAIN });
    await expect(chain).toHaveAttribute('aria-valuetext', /^“Alice” \(t = 0\): \|∂L\/∂C\| = 0\.066, \|∂L\/∂h\| = 0\.024 in the LSTM; \|∂L\/∂h\| = 4\.90 × 10⁻³ in the RNN$/);
    await chain.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(chain).toHaveAttribute('aria-valuenow', '3');
    await expect(region.getByRole('heading', { name: 'Exact values at “She” (t = 3)' })).toBeVisible();
    // The page never scrolls sideways: a long chain scrolls inside its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveElementShot(region, `gradients-alice-${viewport.width}`);
  });
}

test('the long gap: the RNN’s gradient vanishes over 100 filler words while the belt keeps the LSTM’s', async ({ page }) => {
  const region = await openPanel(page, '?preset=alice');
  await region.getByRole('radio', { name: 'the long gap: France … French' }).check();
  const gap = region.getByRole('slider', { name: 'Filler words between “France” and “I speak fluent French”' });
  await gap.focus();
  await page.keyboard.press('End');
  const chain = region.getByRole('slider', { name: CHAIN });
  await expect(chain).toHaveAttribute('aria-valuemax', '108');
  await expect(chain).toHaveAttribute('aria-valuetext', /^“France” \(t = 4\)/);
  await expect(region).toContainText('From the last word back to “France”, the LSTM’s |∂L/∂C| is 44% of its size at the end, the RNN’s |∂L/∂h| 0.1%.');
  // Hovering a word's column reads it out, exactly.
  const hits = region.locator('rect', { has: page.locator('title') });
  await expect(hits).toHaveCount(109);
  await hits.nth(60).hover();
  await expect(chain).toHaveAttribute('aria-valuenow', '60');
  // A larger recurrent weight saturates tanh: the RNN's gradient at France gets smaller still.
  const scale = region.getByRole('slider', { name: 'RNN recurrent weight scale' });
  await scale.fill('3');
  await expect(region.getByText(/the largest is now 2\.980/)).toBeVisible();
  await saveElementShot(region, 'gradients-long-gap-1280');
});

test('the squared error, in Chinese and in the dark and high-contrast themes', async ({ page }) => {
  const region = await openPanel(page, '?preset=alice&lang=zh', 'zh');
  await region.getByRole('combobox', { name: '标量 L' }).selectOption('squaredError');
  await expect(region.getByRole('slider', { name: '目标值 y' })).toHaveValue('1');
  await expect(region).toContainText('LSTM 中 L = 0.422');
  for (const theme of ['dark', 'contrast'] as const) {
    await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
    await saveElementShot(region, `gradients-zh-${theme}`);
  }
});

for (const cell of ['gru', 'peephole'] as const) {
  test(`the gradients follow the ${cell} cell from the address, with no console error`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const region = await openPanel(page, `?preset=alice&cell=${cell}`);
    const chain = region.getByRole('slider', { name: CHAIN });
    const name = cell === 'gru' ? 'GRU' : 'peephole LSTM';
    await expect(chain).toHaveAttribute('aria-valuetext', new RegExp(`^“Alice” \\(t = 0\\): .* in the ${name}; \\|∂L/∂h\\| = .* in the RNN$`));
    await expect(region).toContainText(cell === 'gru' ? 'The GRU’s h is its belt' : 'the forget gate plus the peephole terms');
    await expect(region.getByRole('table', { name: /For every weight matrix and bias of both cells/ })).toContainText(name);
    await saveElementShot(region, `gradients-${cell}`);
  });
}
