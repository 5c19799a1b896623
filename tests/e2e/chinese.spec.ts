import type { Page } from '@playwright/test';
import { expect, saveShot, test } from './fixtures';

/*
 * The explainer opened in Chinese (?lang=zh): the player, the sentence, the belt, the narration, the
 * equations, the values, the timeline, the plots and the article note speak Chinese, and the numbers are
 * the same as in English. Walks to "She" with the Chinese-named buttons and saves a page shot on a laptop
 * and on a large screen (artifacts/screenshots/zh-<width>-she.png) for a person to look at.
 */

const counter = (page: Page) => page.getByTestId('step-counter');

async function openInChinese(page: Page) {
  await page.goto('/?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(counter(page)).toHaveText('第 1 步，共 5 步 · Alice');
}

async function walkToShe(page: Page) {
  const player = page.getByRole('group', { name: '播放器' });
  for (let step = 2; step <= 4; step += 1) {
    await player.getByRole('button', { name: '下一步' }).click();
    await expect(counter(page)).toHaveText(`第 ${step} 步，共 5 步 · ${['is', 'happy', 'She'][step - 2]}`);
  }
  await expect(page.getByTestId('belt')).toHaveAttribute('data-animating', 'false');
}

/** Text in the explainer's panels that is cut off or pushes its box wider, noted for a person to look at. */
async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('main h2, main p, main th, main button, main figcaption, nav button, nav p, header label')) {
      if (element.closest('li[data-equation]') || element.closest('[role="grid"] td')) continue;
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
        found.push(`${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}” is ${element.scrollWidth - element.clientWidth}px too wide`);
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page is ${root.scrollWidth - root.clientWidth}px wider than the screen`);
    return found;
  });
}

test('the explainer speaks Chinese at ?lang=zh and walks to “She”', async ({ page }) => {
  await openInChinese(page);
  await expect(page.getByRole('list', { name: '句子：每个时间步读一个词' }).getByRole('button')).toHaveCount(5);
  const player = page.getByRole('group', { name: '播放器' });
  await expect(player.getByRole('button', { name: '上一步' })).toBeDisabled();
  await expect(player.getByRole('button', { name: '播放' })).toBeEnabled();
  await expect(page.getByRole('combobox', { name: '示例' }).locator('option:checked')).toHaveText('Alice 很开心');

  await walkToShe(page);

  await expect(page.getByRole('group', { name: '时间步 3 的记忆单元，正在读“She”' })).toBeVisible();
  await expect(page.getByRole('img', { name: '遗忘门 f3 = 0.647' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '读到“She”时发生了什么' })).toBeVisible();
  await expect(page.getByTestId('narration')).toContainText('细胞状态从 0.057 升到 0.389——这是这句话到目前为止最大的一次变化。');
  await expect(page.getByRole('heading', { name: 't = 3 时的公式' })).toBeVisible();
  await expect(page.locator('li[data-equation="forget"]')).toContainText('遗忘门');
  await expect(page.getByRole('heading', { name: '读到 She 时的单元内部' })).toBeVisible();
  const grid = page.getByRole('grid', { name: '时间线：每一步一目了然' });
  await expect(grid.getByRole('rowheader')).toHaveText(['f遗忘门', 'i输入门', 'C̃候选值', 'o输出门', 'C细胞状态', 'h隐藏状态']);
  await expect(grid.getByRole('button', { name: 'She（t=3）', exact: true })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { name: '压缩函数：这一步落在曲线的哪里' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '自己验算一下' })).toContainText('而精确值是 0.057 和 0.026');

  for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(viewport);
    await saveShot(page, `zh-${viewport.width}-she`);
    for (const description of await overflowingText(page)) {
      test.info().annotations.push({ type: 'layout', description: `${viewport.width}: ${description}` });
      console.warn(`layout (zh ${viewport.width}): ${description}`);
    }
  }
});

test('a two-unit example picked from the Chinese menu names its units in Chinese', async ({ page }) => {
  await openInChinese(page);
  await page.getByRole('combobox', { name: '示例' }).selectOption({ label: '今天 天气 很 好' });
  await expect(counter(page)).toHaveText('第 1 步，共 4 步 · 今天');
  await expect(page.getByTestId('narration')).toContainText('这个 LSTM 有 2 个隐藏单元');
  const grid = page.getByRole('grid', { name: '时间线：每一步一目了然' });
  await expect(grid.getByRole('button', { name: /^f 单元 2，今天（t=0）：/ })).toBeVisible();
  await page.getByRole('group', { name: '播放器' }).getByRole('button', { name: '最后一步' }).click();
  await expect(counter(page)).toHaveText('第 4 步，共 4 步 · 好');
  await saveShot(page, 'zh-1280-weather');
});
