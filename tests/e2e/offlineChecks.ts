import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Raw TeX that must never reach the reader's eyes (it would mean KaTeX did not typeset something). */
const RAW_TEX = ['\\sigma', '\\tilde', '\\cdot', '\\odot', '\\tanh', '\\begin'];

/** The headings of panels whose code loads on demand (by id: their words change with the language). */
export const DEFERRED_PANEL_HEADINGS = ['#weights-title', '#scenario-editor-title', '#save-share-title', '#article-note-title'];

/** Waits for the Alice view: the first step on the counter, the belt drawn, five words in the sentence. */
export async function expectAliceView(page: Page) {
  await expect(page.getByTestId('step-counter')).toContainText('Alice');
  await expect(page.getByTestId('belt')).toBeVisible();
  await expect(page.locator('nav ol [aria-current="step"]')).toHaveCount(1);
}

/** Waits until the equations are typeset by KaTeX and no raw TeX shows anywhere on the page. */
export async function expectTypesetEquations(page: Page) {
  const equations = page.locator('section[aria-labelledby="equations-title"]');
  await expect(equations.locator('.katex').first()).toBeVisible();
  expect(await equations.locator('.katex').count()).toBeGreaterThanOrEqual(6);
  const text = await page.locator('body').innerText();
  for (const tex of RAW_TEX) expect(text, `raw TeX ${tex} on the page`).not.toContain(tex);
}

/** Waits until every panel that loads on demand has arrived and none failed. */
export async function expectDeferredPanels(page: Page) {
  for (const heading of DEFERRED_PANEL_HEADINGS) await expect(page.locator(heading)).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/**
 * Checks that the KaTeX fonts really arrived. `document.fonts.check` alone is not enough: it also answers
 * true when no face of that family was declared at all. So every face of the family must also be known,
 * and at least one of them loaded (faces load only when some text uses them).
 */
export async function expectKatexFontsLoaded(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const fonts = await page.evaluate(() => {
    const faces = [...document.fonts].map((face) => ({ family: face.family.replace(/["']/g, ''), style: face.style, status: face.status }));
    const loaded = (family: string, style: string) => faces.some((face) => face.family === family && face.style === style && face.status === 'loaded');
    return {
      mainDeclared: faces.some((face) => face.family === 'KaTeX_Main'),
      mathDeclared: faces.some((face) => face.family === 'KaTeX_Math'),
      mainLoaded: loaded('KaTeX_Main', 'normal'),
      mathLoaded: loaded('KaTeX_Math', 'italic'),
      mainCheck: document.fonts.check('16px KaTeX_Main'),
      mathCheck: document.fonts.check('italic 16px KaTeX_Math'),
      failed: faces.filter((face) => face.status === 'error').map((face) => `${face.family} ${face.style}`),
    };
  });
  expect(fonts).toEqual({
    mainDeclared: true,
    mathDeclared: true,
    mainLoaded: true,
    mathLoaded: true,
    mainCheck: true,
    mathCheck: true,
    failed: [],
  });
}

/** Steps with the keyboard: ArrowRight to "is", End to "smiles", Home back to "Alice". */
export async function expectKeyboardStepping(page: Page) {
  const current = page.locator('nav ol [aria-current="step"]');
  const counter = page.getByTestId('step-counter');
  for (const [key, index, word] of [['ArrowRight', 1, 'is'], ['End', 4, 'smiles'], ['Home', 0, 'Alice']] as const) {
    await page.keyboard.press(key);
    await expect(current).toHaveAttribute('data-token-index', String(index));
    await expect(counter).toContainText(new RegExp(`\\b${word}\\b`));
  }
}
