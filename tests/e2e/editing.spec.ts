import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, saveShot, SCREENSHOT_DIR, test } from './fixtures';

const HOSTILE = '<img src=x onerror=alert(1)> \\href{javascript:alert(1)}{x} }\\def\\a{\\a}\\a';
const sentence = (page: import('@playwright/test').Page) => page.getByRole('textbox', { name: /^Sentence/ });
const beltValue = (page: import('@playwright/test').Page, quantity: string) =>
  page.locator(`svg[data-testid="belt"] [data-belt-quantity="${quantity}"]`).first();

test('a hostile sentence is shown as text: nothing runs, KaTeX does not hang, the page keeps working', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/');
  await sentence(page).fill(HOSTILE);
  const strip = page.getByRole('list', { name: /sentence/i });
  await expect(strip.getByRole('button')).not.toHaveCount(0);
  // Step through every word: each token lands in the equations' \text{} and the belt labels.
  const count = await strip.getByRole('button').count();
  await page.locator('h1').click(); // leave the text field so the arrow keys step
  for (let k = 1; k < count; k++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-counter')).toContainText(`Step ${count} of ${count}`);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
  expect(await page.locator('.katex-error').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await saveShot(page, 'editing-hostile-sentence');
});

test('dragging a weight updates the belt, the equations and the timeline while it moves; undo restores', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('list', { name: /sentence/i }).getByRole('button').nth(3).click();
  await expect(beltValue(page, 'f')).toHaveText('0.647');
  const pronoun = page.getByRole('spinbutton', { name: 'W f, unit 1, pronoun' });
  await pronoun.scrollIntoViewIfNeeded();
  const box = await pronoun.boundingBox();
  if (!box) throw new Error('the weight is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // +160 px × 0.01 = +1.6: z_f at "She" goes from 0.605 to 2.205, σ = 0.901
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 });
  await expect(beltValue(page, 'f')).toHaveText('0.803'); // mid-drag: +0.8 → σ(1.405)
  await page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(pronoun).toHaveAttribute('aria-valuenow', '2');
  await expect(beltValue(page, 'f')).toHaveText('0.901');
  await expect(page.locator('li[data-equation="forget"] .katex-html').last()).toContainText('0.901');
  await expect(page.locator('[data-timeline-quantity="f"][data-timeline-step="3"]')).toContainText('0.901');
  await expect(page.locator('[data-timeline-quantity="f"][data-timeline-step="3"]')).toContainText('was 0.647');
  await page.keyboard.press('Control+z');
  await expect(beltValue(page, 'f')).toHaveText('0.647');
});

test('clicking a valve opens its gate’s weights', async ({ page }) => {
  await page.goto('/');
  await page.locator('g[data-valve="output"]').click();
  await expect(page.locator('[data-gate-editor="output"]')).toBeInViewport();
  await expect(page.getByRole('spinbutton', { name: 'W o, unit 1, h₁' })).toBeFocused();
});

test('the work survives a reload, and a copied link reopens the exact scenario and step elsewhere', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await sentence(page).fill('Alice smiles. She is happy.');
  await page.getByRole('spinbutton', { name: 'b o, unit 1' }).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1.5');
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: /sentence/i }).getByRole('button').nth(2).click();
  const before = await beltValue(page, 'h').textContent();
  // Autosave waits for a quiet moment: wait until this browser holds the edited sentence at step 2.
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('lstm-explainer:autosave') ?? 'null') as { sentence?: string; step?: number } | null))
    .toMatchObject({ sentence: 'Alice smiles. She is happy.', step: 2 });
  await page.reload();
  await expect(page.getByTestId('step-counter')).toHaveText('Step 3 of 5 · She');
  await expect(beltValue(page, 'h')).toHaveText(before ?? '');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByTestId('step-counter')).toHaveText('Step 3 of 5 · She');
  await expect(other.locator('svg[data-testid="belt"] [data-belt-quantity="h"]').first()).toHaveText(before ?? '');
  expect(other.url()).not.toContain('#s=');
  await other.close();
});

test('a malformed link says what is wrong and opens the default', async ({ page }) => {
  await page.goto('/#s=v1.not-a-real-link');
  await expect(page.getByText(/The shared link could not be opened/)).toBeVisible();
  await expect(page.getByTestId('step-counter')).toHaveText('Step 1 of 5 · Alice');
});

test('the belt exports as SVG and PNG, the trace as CSV', async ({ page }) => {
  await page.goto('/');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Belt as SVG' }).click()]);
  const svgText = await readFile((await svg.path()) ?? '', 'utf8');
  expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('0.123');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Belt as PNG' }).click()]);
  const pngBytes = await readFile((await png.path()) ?? '');
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(10_000);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Trace as CSV' }).click()]);
  const csvText = await readFile((await csv.path()) ?? '', 'utf8');
  const lines = csvText.trim().split(/\r?\n/);
  expect(lines).toHaveLength(6);
  expect(lines[4].startsWith('3,She,')).toBe(true);
});

test('in the dark theme the exported belt keeps the dark card its light strokes were drawn for', async ({ page }) => {
  await page.goto('./?theme=dark');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Belt as SVG' }).click()]);
  const svgText = await readFile((await svg.path()) ?? '', 'utf8');
  const fill = /<svg[^>]*><rect[^>]*fill="rgb\((\d+), (\d+), (\d+)\)"/.exec(svgText);
  expect(fill, 'the first element is a background rectangle in the card colour').not.toBeNull();
  const [red, green, blue] = fill!.slice(1).map(Number);
  expect(Math.max(red, green, blue), `background rgb(${red}, ${green}, ${blue})`).toBeLessThan(80);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Belt as PNG' }).click()]);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await copyFile((await png.path()) ?? '', join(SCREENSHOT_DIR, 'belt-export-dark.png'));
});
