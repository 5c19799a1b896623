import type { Page } from '@playwright/test';
import { expect, saveElementShot, test } from './fixtures';

/*
 * What a screen reader gets: one polite announcement per step (in the page's language), and the table
 * of every value one keyboard press away, with the current step marked.
 */

const announcer = (page: Page) => page.getByTestId('step-announcer');

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('belt')).toBeVisible();
}

test('each step is announced once it settles, in English', async ({ page }) => {
  await open(page, '/?lang=en');
  await expect(announcer(page)).toHaveAttribute('role', 'status');
  await expect(announcer(page)).toHaveText('');
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText('Step 4 of 5, She: forget 0.65, input 0.58, cell 0.39, hidden 0.18');
});

test('each step is announced in Chinese', async ({ page }) => {
  await open(page, '/?lang=zh');
  await page.keyboard.press('End');
  await expect(announcer(page)).toHaveText(/^第 5 步（共 5 步），smiles：遗忘门 0\.\d\d，输入门 0\.\d\d，细胞状态 0\.\d\d，隐藏状态 0\.\d\d$/);
});

test('with several units the announcement names the unit it reads', async ({ page }) => {
  await open(page, '/?lang=en&preset=stress&tokens=6&hidden=3');
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText(/^Step 2 of 6, \S+, unit [123] of 3: forget /);
});

test('the table of all values opens from the keyboard and follows the step', async ({ page }) => {
  await open(page, '/?lang=en');
  const summary = page.getByTestId('value-table-disclosure').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = page.getByTestId('value-table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('Every value at every step');
  await expect(table.locator('tr[aria-current="step"]')).toHaveCount(1);
  await expect(table.locator('tr[aria-current="step"] th').nth(1)).toHaveText('Alice');
  // Back on the page, a step key moves the mark.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  await expect(table.locator('tr[aria-current="step"] th').nth(1)).toHaveText('smiles');
  await expect(table.locator('tr[aria-current="step"] td').nth(3)).toHaveText(/^0\.\d{3}$/);
});

// The step announcer speaks each step; the narration panel is not a live region too, or both would speak.
test('the step is spoken by one live region only (narration no longer live)', async ({ page }) => {
  await open(page, '/?lang=en');
  const speaking = await page.locator('[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]').evaluateAll((regions) =>
    regions.filter((region) => region.querySelector('[data-testid="narration"]') || region.matches('[data-testid="step-announcer"]')).length,
  );
  expect(speaking).toBe(1);
});

// A GRU has no forget gate or cell state: the announcer reads its own gates and the table its own columns.
test('a GRU step is announced with its gates, and the table shows z and r columns', async ({ page }) => {
  await open(page, '/?lang=en&preset=alice&cell=gru');
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText(/^Step 4 of 5, She: update −?\d\.\d\d, reset −?\d\.\d\d, hidden −?\d\.\d\d$/);
  const summary = page.getByTestId('value-table-disclosure').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = page.getByTestId('value-table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Update gate' })).toHaveCount(1);
  await expect(table.getByRole('columnheader', { name: 'Reset gate' })).toHaveCount(1);
  await expect(table.getByRole('columnheader', { name: 'Forget gate' })).toHaveCount(0);
  await expect(table.locator('tr[aria-current="step"] th').nth(1)).toHaveText('She');
  await expect(table.locator('tr[aria-current="step"] td')).toHaveCount(3 + 4);
  await saveElementShot(table, 'a11y-value-table-gru');
});
