import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * axe-core on every main view and mode: no serious or critical violation of WCAG 2.x A and AA. Each view
 * is one line in VIEWS (a path, optionally a screen size and a few steps to put the page in that state);
 * add a view by adding a line. Panels below the fold normally skip rendering (content-visibility: auto),
 * which would hide their colours from axe, so they are rendered for the scan.
 */

interface View {
  name: string;
  path: string;
  viewport?: { width: number; height: number };
  /** puts the page in the state to check, after it has loaded */
  prepare?: (page: Page) => Promise<void>;
}

const PHONE = { width: 375, height: 667 };

const PROJECTOR = { width: 1280, height: 720 };

/** Presenter mode on the step "is" (P). */
async function present(page: Page) {
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter-counter')).toBeVisible();
}

/** The guided lesson at slide n (1-based), reached with the clicker's next key. */
function lessonSlide(n: number) {
  return async (page: Page) => {
    await page.getByRole('button', { name: /Guided lesson|引导课程/ }).click();
    await expect(page.getByTestId('presenter-counter')).toBeVisible();
    for (let slide = 1; slide < n; slide++) await page.keyboard.press('PageDown');
  };
}

/**
 * Picks the candidate layer on the belt from the keyboard (its weights light up and take the focus),
 * then focuses the layer again, which lights up its equation: both highlights are on for the scan.
 */
async function pickGate(page: Page) {
  const layer = page.locator('[data-layer="candidate"]');
  await layer.focus();
  await page.keyboard.press('Enter');
  await layer.focus();
  await expect(page.locator('li[data-equation][data-highlighted]').first()).toBeVisible();
}

/** Opens the table of all values under the timeline. */
async function openTable(page: Page) {
  await page.getByTestId('value-table-disclosure').locator('summary').click();
  await expect(page.getByTestId('value-table')).toBeVisible();
}

/** Puts both editors in their busiest state: a weight being typed with a bad value, an unknown word. */
async function useEditors(page: Page) {
  const weight = page.getByRole('spinbutton').first();
  await weight.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').first()).toBeVisible();
  const sentence = page.locator('textarea').first();
  await sentence.fill('Alice is happy. She smiles at Bob.');
  await expect(page.getByTestId('belt')).toBeVisible();
}

const VIEWS: View[] = [
  { name: 'default view, light', path: '/?lang=en&theme=light' },
  { name: 'default view, dark', path: '/?lang=en&theme=dark' },
  { name: 'default view, high contrast', path: '/?lang=en&theme=contrast' },
  { name: 'Chinese', path: '/?lang=zh&theme=light' },
  // Each state is scanned in one theme and one size; the themes themselves are scanned on the default
  // view, Chinese on the laptop and in the dark theme on the phone (the tablet's layout is the phone's
  // stacked one, and the lesson's slides are presenter mode's page).
  { name: 'table of values open, high contrast', path: '/?lang=en&theme=contrast', prepare: openTable },
  { name: 'editors in use, dark', path: '/?lang=en&theme=dark', prepare: useEditors },
  { name: 'a gate picked on the belt, high contrast', path: '/?lang=en&theme=contrast', prepare: pickGate },
  { name: 'eight hidden units', path: '/?lang=en&preset=stress&tokens=5&hidden=8' },
  { name: 'phone, Chinese, dark', path: '/?lang=zh&theme=dark', viewport: PHONE },
  { name: 'presenter mode', path: '/?lang=en', viewport: PROJECTOR, prepare: present },
  {
    name: 'guided lesson, a question',
    path: '/?lang=en',
    viewport: PROJECTOR,
    prepare: lessonSlide(5),
  },
];

/** Waits for the page and its on-demand panels, then renders everything for the scan. */
async function settle(page: Page) {
  await expect(page.getByTestId('belt')).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function scan(page: Page) {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 8)
        .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`)
        .join('\n'),
  );
  for (const violation of results.violations.filter((v) => !serious.includes(v))) {
    test.info().annotations.push({ type: 'axe (minor)', description: `${violation.id}: ${violation.help} (${violation.nodes.length})` });
  }
  expect(report, 'serious or critical axe violations').toEqual([]);
}

for (const view of VIEWS) {
  test(`axe finds no serious problem: ${view.name}`, async ({ page }) => {
    // axe walks every node and colour; a page with hundreds of heatmap cells takes a while on a busy machine.
    test.setTimeout(120_000);
    if (view.viewport) await page.setViewportSize(view.viewport);
    await page.goto(view.path);
    await settle(page);
    await view.prepare?.(page);
    await scan(page);
  });
}

