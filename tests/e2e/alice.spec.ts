import type { Page } from '@playwright/test';
import { expect, test, waitForDeferredPanels } from './fixtures';

/** The seed's exact values (6 decimals) for "Alice is happy. She smiles.", one row per time step. */
const STEPS = [
  { token: 'Alice', f: 0.549834, i: 0.622459, cTilde: 0.197375, o: 0.401312, c: 0.122858, h: 0.049058 },
  { token: 'is', f: 0.452596, i: 0.651248, cTilde: -0.085076, o: 0.551048, c: 0.000199, h: 0.00011 },
  { token: 'happy', f: 0.475026, i: 0.574456, cTilde: 0.099701, o: 0.450169, c: 0.057368, h: 0.025797 },
  { token: 'She', f: 0.646836, i: 0.577593, cTilde: 0.609257, o: 0.475664, c: 0.38901, h: 0.176237 },
  { token: 'smiles', f: 0.458905, i: 0.665548, cTilde: -0.047094, o: 0.554192, c: 0.147175, h: 0.08098 },
] as const;
const QUANTITY_KEYS = ['f', 'i', 'cTilde', 'o', 'c', 'h'] as const;
const SHE = 3;

/** Raw TeX that must never reach the reader's eyes (it would mean KaTeX did not typeset something). */
const RAW_TEX = ['\\sigma', '\\tilde', '\\cdot', '\\begin', '\\odot', '\\tanh', '\\left'];

const sentence = (page: Page) => page.getByRole('list', { name: 'Sentence, one token per time step' });
const tokenButtons = (page: Page) => sentence(page).getByRole('button');
const counter = (page: Page) => page.getByTestId('step-counter');

/** The page shows value text with a typographic minus; compare with ASCII. */
const normaliseMinus = (text: string) => text.replace(/\u2212/g, '-').trim();

/** Waits until step t is the current one, by the counter and by aria-current on exactly one token. */
async function expectAtStep(page: Page, t: number) {
  await expect(counter(page)).toHaveText(`Step ${t + 1} of ${STEPS.length} · ${STEPS[t].token}`);
  await expect(sentence(page).locator('[aria-current="step"]')).toHaveCount(1);
  await expect(tokenButtons(page).nth(t)).toHaveAttribute('aria-current', 'step');
}

/** Checks every gate and state of step t against the seed, to the 3 decimals the page shows. */
async function expectValuesOfStep(page: Page, t: number) {
  for (const key of QUANTITY_KEYS) {
    const cell = page.locator(`[data-quantity="${key}"][data-unit="0"]`);
    await expect(cell, `${key} at t=${t}`).toHaveCount(1);
    // textContent, not innerText: panels off screen skip rendering (content-visibility), and innerText
    // reads only what is rendered. The cell holds just the formatted number.
    const shown = normaliseMinus(((await cell.textContent()) ?? '').trim());
    expect(shown, `${key} at t=${t} (${STEPS[t].token})`).toBe(STEPS[t][key].toFixed(3));
  }
}

/** Loads the page and waits for the app to render its first step. */
async function open(page: Page) {
  await page.goto('/');
  await expectAtStep(page, 0);
  await waitForDeferredPanels(page);
}

/** Moves to step "She" with the keyboard. */
async function goToShe(page: Page) {
  for (let t = 0; t < SHE; t++) await page.keyboard.press('ArrowRight');
  await expectAtStep(page, SHE);
}

test.describe('Alice is happy. She smiles.', () => {
  test('shows the sentence as five tokens', async ({ page }) => {
    await open(page);
    await expect(tokenButtons(page)).toHaveCount(STEPS.length);
    for (const [t, step] of STEPS.entries()) await expect(tokenButtons(page).nth(t)).toContainText(step.token);
  });

  test('ArrowRight walks all five steps with the exact values', async ({ page }) => {
    await open(page);
    for (let t = 0; t < STEPS.length; t++) {
      if (t > 0) await page.keyboard.press('ArrowRight');
      await expectAtStep(page, t);
      await expectValuesOfStep(page, t);
    }
    // At the last step ArrowRight stays put.
    await page.keyboard.press('ArrowRight');
    await expectAtStep(page, STEPS.length - 1);
  });

  test('ArrowLeft, Home and End move between steps', async ({ page }) => {
    await open(page);
    await page.keyboard.press('End');
    await expectAtStep(page, 4);
    await expectValuesOfStep(page, 4);
    await page.keyboard.press('ArrowLeft');
    await expectAtStep(page, 3);
    await expectValuesOfStep(page, 3);
    await page.keyboard.press('Home');
    await expectAtStep(page, 0);
    await expectValuesOfStep(page, 0);
    // At the first step ArrowLeft stays put.
    await page.keyboard.press('ArrowLeft');
    await expectAtStep(page, 0);
  });

  test('the Previous / Next buttons and the token buttons move between steps', async ({ page }) => {
    await open(page);
    const previous = page.getByRole('button', { name: 'Previous step' });
    const next = page.getByRole('button', { name: 'Next step' });
    await expect(previous).toBeDisabled();
    await next.click();
    await expectAtStep(page, 1);
    await expectValuesOfStep(page, 1);
    await next.click();
    await expectAtStep(page, 2);
    await previous.click();
    await expectAtStep(page, 1);
    await tokenButtons(page).nth(SHE).click();
    await expectAtStep(page, SHE);
    await expectValuesOfStep(page, SHE);
    await tokenButtons(page).nth(4).click();
    await expectAtStep(page, 4);
    await expect(next).toBeDisabled();
    await expect(previous).toBeEnabled();
  });

  test.describe('with motion', () => {
    test.use({ reducedMotion: 'no-preference' });
    test('Next during a step animation moves on at once: every press counts', async ({ page }) => {
      await open(page);
      // At 0.25× a step plays for 6 s, so every press surely lands mid-animation on a busy machine.
      await page.getByLabel('Speed').selectOption('0.25');
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      await page.keyboard.press('ArrowRight');
      await expectAtStep(page, 1);
      await page.keyboard.press('ArrowRight');
      await expectAtStep(page, 2);
      await expectValuesOfStep(page, 2);
    });
  });

  test('KaTeX typesets every equation and no raw TeX is visible', async ({ page }) => {
    await open(page);
    await goToShe(page);
    for (const id of ['forget', 'input', 'candidate', 'cell', 'output', 'hidden']) {
      await expect(page.locator(`[data-equation="${id}"] .katex`).first(), `equation ${id}`).toBeVisible();
    }
    expect(await page.locator('[data-equation] .katex').count()).toBeGreaterThanOrEqual(6);
    await expect(page.locator('.katex-error')).toHaveCount(0);

    const visibleText = await page.locator('body').innerText();
    for (const command of RAW_TEX) expect(visibleText, `visible text shows ${command}`).not.toContain(command);
  });

  test('the substituted equations at "She" show f, C and h', async ({ page }) => {
    await open(page);
    await goToShe(page);
    // textContent would include KaTeX's MathML and its TeX annotation; the HTML half is what is seen.
    const shown = async (id: string) =>
      normaliseMinus((await page.locator(`[data-equation="${id}"] .katex-html`).allInnerTexts()).join(' '));
    expect(await shown('forget')).toContain('0.647');
    expect(await shown('cell')).toContain('0.389');
    expect(await shown('hidden')).toContain('0.389');
    expect(await shown('hidden')).toContain('0.176');
    const all = await shown('forget') + (await shown('cell')) + (await shown('hidden'));
    for (const number of ['0.647', '0.389', '0.176']) expect(all).toContain(number);
  });
});
