import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForDeferredPanels } from './fixtures';

/*
 * With 1, 3 and 8 hidden units nothing is cut off at the right at 1280×800: every equation with its
 * numbers and its dot product written out, every weight table and the Compare panel's table fit inside
 * their boxes (no hidden overflow, no sideways scroll) and end inside their cards; the equations also fit
 * a column 480 px wide, as narrow as a layout beside the belt may give them.
 */

const CELLS = [
  { cell: 'lstm', compare: 'A simple RNN beside the LSTM' },
  { cell: 'gru', compare: 'A simple RNN beside the GRU' },
] as const;

/** Every content box of the equations (with every dot product open) and every weight table. */
const EDITOR_BOXES = 'li[data-equation] > button, li[data-equation] > div, [data-gate-editor] table';

/**
 * The boxes under `scope` whose content is wider than the box (scrollWidth > clientWidth + 1, so part is
 * hidden or needs a sideways scroll) or whose last piece — a row's last cell, a formula's last part —
 * ends right of the box or of its card. Tables are measured in the box that holds them.
 */
async function clipping(scope: Locator, selector: string): Promise<string[]> {
  return scope.evaluate((root, selector) => {
    const problems: string[] = [];
    for (const found of root.querySelectorAll<HTMLElement>(selector)) {
      const box = found instanceof HTMLTableElement ? (found.parentElement as HTMLElement) : found;
      const card = box.closest('section[aria-labelledby]') ?? box;
      const name =
        found.closest<HTMLElement>('[data-equation]')?.dataset.equation ??
        found.closest<HTMLElement>('[data-gate-editor]')?.dataset.gateEditor ??
        found.querySelector('caption')?.textContent?.slice(0, 30) ??
        found.tagName;
      if (box.scrollWidth > box.clientWidth + 1) problems.push(`${name}: content ${box.scrollWidth}px in a ${box.clientWidth}px box`);
      const right = Math.min(box.getBoundingClientRect().right, card.getBoundingClientRect().right);
      const pieces = found.querySelectorAll('tr > :last-child, .katex-html > .base');
      if (pieces.length === 0) problems.push(`${name}: nothing measured`);
      for (const piece of pieces) {
        const edge = piece.getBoundingClientRect().right;
        if (edge > right + 1) problems.push(`${name}: “${piece.textContent?.slice(0, 20)}” ends at ${Math.round(edge)}, past ${Math.round(right)}`);
      }
    }
    return problems;
  }, selector);
}

async function openAll(page: Page, cell: string, hidden: number) {
  await page.goto(`/?lang=en&preset=stress&tokens=6&hidden=${hidden}&cell=${cell}`);
  await waitForDeferredPanels(page);
  // Panels below the first screen skip layout until scrolled to; measure them all laid out.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const closed = page.locator('li[data-equation] button[aria-expanded="false"]');
  const expanders = await closed.count();
  expect(expanders, 'every learned layer’s equation can be expanded').toBe(cell === 'gru' ? 3 : 4);
  for (let k = 0; k < expanders; k++) await closed.first().click();
  await expect(page.locator('[data-expansion]')).toHaveCount(expanders);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

for (const hidden of [1, 3, 8]) {
  test(`H = ${hidden}: equations, dot products, weight tables and Compare’s table are not cut off at 1280×800 (LSTM, GRU)`, async ({ page }) => {
    for (const { cell, compare } of CELLS) {
      await openAll(page, cell, hidden);
      await expect(page.locator('[data-gate-editor] tbody tr').first().locator('td')).toHaveCount(hidden + 6 + 1);
      const comparison = page.getByRole('region', { name: compare });
      await expect(comparison.getByRole('table', { name: /Both cells on the same words/ })).toBeVisible();
      expect(await clipping(page.locator('body'), EDITOR_BOXES), `${cell}, H = ${hidden}, at 1280×800`).toEqual([]);
      expect(await clipping(comparison, 'table'), `${cell}, H = ${hidden}, Compare at 1280×800`).toEqual([]);

      const equations = page.locator('section[aria-labelledby="equations-title"]');
      await equations.evaluate((panel) => {
        (panel as HTMLElement).style.width = '480px';
      });
      expect(await clipping(equations, EDITOR_BOXES), `${cell}, H = ${hidden}, equations 480 px wide`).toEqual([]);
    }
  });
}
