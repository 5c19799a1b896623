import type { Page } from '@playwright/test';
import { expect, saveElementShot, test } from './fixtures';

/*
 * The Compare panel (src/ui/panels/Compare): a simple RNN beside the cell on the current sentence, and
 * the long-gap experiment with its filler-word slider. Screenshots: artifacts/screenshots/compare-*.png. 
 */

const TITLE = { en: 'A simple RNN beside the LSTM', zh: '简单 RNN 与 LSTM 对照' } as const;

async function openPanel(page: Page, query: string, language: 'en' | 'zh' = 'en', title: string = TITLE[language]) {
  await page.goto(`./${query}`);
  const region = page.getByRole('region', { name: title });
  await region.waitFor({ state: 'attached', timeout: 15_000 });
  await region.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return region;
}

/** Elements reaching past the right edge of the window without a sideways-scrolling box around them. */
async function pageOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= window.innerWidth + 0.5) continue;
      let parent = element.parentElement;
      let contained = false;
      for (; parent && parent !== document.body; parent = parent.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) contained = true;
      }
      if (!contained) found.push(`${element.tagName.toLowerCase()} right=${Math.round(box.right)}`);
    }
    return found.slice(0, 10);
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 375, height: 667 },
]) {
  test(`Alice at “She”: the LSTM’s cell keeps 22% of “Alice”, the RNN’s h 2% (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const region = await openPanel(page, '?preset=alice');
    await expect(region.getByRole('img', { name: /Share of “Alice” left at each word/ })).toHaveAttribute(
      'aria-label',
      /LSTM: Alice 100%, is 52%, happy 30%, She 22%, smiles 12%\. RNN: Alice 100%, is 30%, happy 9%, She 2%, smiles 0\.5%/,
    );
    const table = region.getByRole('table', { name: /Both cells on the same words/ });
    await expect(table.getByRole('row', { name: /She/ })).toContainText('0.389');
    expect(await pageOverflow(page)).toEqual([]);
    await saveElementShot(region, `compare-alice-${viewport.width}`);
  });
}

test('the long-gap slider recomputes the plot and the result at once, by keyboard and by pointer', async ({ page }) => {
  const region = await openPanel(page, '?preset=alice');
  const slider = region.getByRole('slider', { name: 'Filler words between “France” and “I speak fluent French”' });
  const result = region.getByText(/^With \d+ filler words, the LSTM’s cell still holds/);
  const plot = region.getByRole('img', { name: /France’s signal left at the last word/ });
  await expect(result).toContainText('With 6 filler words, the LSTM’s cell still holds 94% of France');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '100 filler words');
  await expect(result).toContainText('With 100 filler words, the LSTM’s cell still holds 50% of France at “French”; the RNN’s h holds 8%.');
  await expect(plot).toHaveAttribute('aria-label', /At 100 filler words: LSTM 50%, RNN 8%/);
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('99');
  // Pressing on the plot picks the gap under the pointer: its left edge is one filler word.
  const box = await plot.boundingBox();
  if (!box) throw new Error('the plot has no box');
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect(slider).toHaveValue('1');
  await saveElementShot(region.getByRole('heading', { name: /The long gap/ }).locator('..'), 'compare-long-gap-1280');
});

test('follows France in the long-gap example, in Chinese and in the dark and high-contrast themes', async ({ page }) => {
  const region = await openPanel(page, '?lang=zh', 'zh');
  // Links open only Alice (or the stress test); the long-gap example is picked from the menu.
  await page.getByRole('combobox', { name: '示例' }).selectOption('long-gap');
  await expect(region.getByRole('combobox', { name: '跟踪的词' })).toHaveValue('4');
  await expect(region).toContainText('LSTM 的细胞状态还保留着“France”的');
  await expect(region.getByRole('slider', { name: '“France”与“I speak fluent French”之间的填充词个数' })).toHaveAttribute('aria-valuetext', '6 个填充词');
  for (const theme of ['dark', 'contrast'] as const) {
    await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
    await saveElementShot(region, `compare-long-gap-zh-${theme}`);
  }
});

for (const cell of ['gru', 'peephole'] as const) {
  test(`the comparison follows the ${cell} cell from the address, with no console error`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const name = cell === 'gru' ? 'GRU' : 'peephole LSTM';
    const region = await openPanel(page, `?preset=alice&cell=${cell}`, 'en', `A simple RNN beside the ${name}`);
    await expect(region).toContainText(cell === 'gru' ? 'The GRU has no separate cell state' : `the ${name}’s cell still holds`);
    await expect(region.getByRole('img', { name: new RegExp(`${name}: Alice 100%`) })).toBeVisible();
    await expect(region.getByRole('table', { name: /Both cells on the same words/ })).toBeAttached();
    // The long gap runs in the same cell.
    await expect(region).toContainText(`With 6 filler words, the ${cell === 'gru' ? 'GRU’s h' : `${name}’s cell`} still holds`);
    expect(await pageOverflow(page)).toEqual([]);
    await saveElementShot(region, `compare-${cell}`);
  });
}
