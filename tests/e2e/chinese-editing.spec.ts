import type { Locator, Page } from '@playwright/test';
import { expect, saveElementShot, saveShot, SCREENSHOT_DIR, test } from './fixtures';

// The editors and the save panel in Chinese: a refused weight, a sentence over the word limit and a
// broken file each get a Chinese message beside the field that caused it, and nothing typed is lost.

const beltForget = (page: Page) => page.locator('svg[data-testid="belt"] [data-belt-quantity="f"]').first();

/** Whether `message` sits beside `field`: starting within a line's reach below or to the right of it. */
async function besides(field: Locator, message: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([field.boundingBox(), message.boundingBox()]);
  if (!a || !b) return false;
  const below = b.y >= a.y && b.y - (a.y + a.height) < 40 && b.x < a.x + a.width + 40;
  const right = Math.abs(b.y - a.y) < 40 && b.x >= a.x && b.x - (a.x + a.width) < 40;
  return below || right;
}

test('in Chinese, a bad weight, a too-long sentence and a broken file are explained beside their fields; nothing is lost', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const before = await beltForget(page).textContent();

  // A weight out of range: the message says so in Chinese, next to the field, and the text stays.
  const weights = page.getByRole('region', { name: '遗忘门的权重' });
  await weights.getByRole('spinbutton', { name: 'b f，单元 1' }).click();
  const weight = weights.getByRole('textbox', { name: 'b f，单元 1' });
  await weight.fill('1e9');
  await weight.press('Enter');
  const weightMessage = weights.getByRole('alert');
  await expect(weightMessage).toHaveText('1e9 超出了范围：权重和偏置必须在 −10 到 10 之间。');
  expect(await besides(weight, weightMessage)).toBe(true);
  await expect(weight).toHaveValue('1e9');

  // A sentence over 200 words: a Chinese message under the field; the text is kept, the cell unchanged.
  const sentence = page.getByRole('textbox', { name: /^句子/ });
  const long = `Alice is happy. She smiles.${' 她'.repeat(200)}`;
  await sentence.fill(long);
  const sentenceMessage = page.getByRole('alert').filter({ hasText: '个词，图解最多只接受 200 个' });
  await expect(sentenceMessage).toHaveText('这里有 205 个词，图解最多只接受 200 个。单元仍显示上一个没有超出上限的句子。');
  expect(await besides(sentence, sentenceMessage)).toBe(true);
  await expect(sentence).toHaveValue(long);

  // A broken file: every problem in Chinese, each at its place; nothing is loaded.
  const broken = JSON.stringify({
    version: 1,
    sentence: 'Alice is happy.',
    features: ['female', 'verb', 'pronoun'],
    vocabulary: { alice: [1, 0, 0] },
    params: { Wf: [[0.2, 0.3, -0.1]], Wi: [[0.5, 0.2, 0.3, -0.2]], Wc: [[0.3, 0.1, -0.2, 0.5]], Wo: [[0.1, -0.2, 0.4, 0.3]], bf: [-0.1], bi: [0.3], bc: [0.1], bo: ['x'] },
    colour: 'red',
  });
  const savePanel = page.locator('section[aria-labelledby="save-share-title"]');
  await page.getByLabel('要导入的场景文件').setInputFiles({ name: '坏的场景.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const report = savePanel.getByRole('alert');
  await expect(report.locator('p')).toHaveText([
    '没有载入“坏的场景.json”，一切保持原样：',
    /^文档含有未知字段 "colour"（允许的字段：version, title, /,
    'params.Wf[0] 有 3 列，应该是 4 列（H=1 + D=3）',
    'params.bo[0] 必须是数字，这里却是文本',
  ]);
  await saveElementShot(savePanel, 'chinese-save-share');

  // A file cut short: where it breaks, by line and column, in Chinese.
  await page.getByLabel('要导入的场景文件').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "version": 1,\n  "sentence": "Alice') });
  await expect(report).toContainText('没有载入“cut.json”');
  await expect(report).toContainText(
    'JSON 格式不正确：引号里的文本没有结束（文本可能被截断了）（第 3 行，第 21 列）',
  );

  // Nothing was lost: the typed weight and sentence are still there, and the cell still runs the old one.
  await expect(weight).toHaveValue('1e9');
  await expect(weightMessage).toHaveText('1e9 超出了范围：权重和偏置必须在 −10 到 10 之间。');
  await expect(sentence).toHaveValue(long);
  await expect(beltForget(page)).toHaveText(before ?? '');
  await expect(page.getByTestId('step-counter')).toHaveText('第 1 步，共 5 步 · Alice');

  await page.getByRole('heading', { name: /^权重/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}chinese-editors-viewport.png`, animations: 'disabled' });
  await saveElementShot(page.locator('section[aria-labelledby="weights-title"]'), 'chinese-weight-editor');
  await saveElementShot(page.locator('section[aria-labelledby="scenario-editor-title"]'), 'chinese-sentence-editor');
  await saveShot(page, 'chinese-editing');
});

test('in Chinese, a broken shared link says what is wrong in Chinese and opens the default', async ({ page }) => {
  await page.goto('/?lang=zh#s=v1.not-a-real-link');
  await expect(page.getByRole('status').filter({ hasText: '无法打开分享的链接' })).toHaveText(
    /^无法打开分享的链接：链接已损坏或不完整：其中的数据无法解压。/,
  );
  await expect(page.getByTestId('step-counter')).toHaveText('第 1 步，共 5 步 · Alice');
});
