import type { Page } from '@playwright/test';
import { expect, saveElementShot, saveShot, test } from './fixtures';

// Alice's inputs ([female, verb, pronoun]) and weights, rows over [h, features]; every number below is
// computed here, independently of the app, from the conversion rules the cell switch states.
const XS = [
  [1, 0, 0], // Alice
  [0, 1, 0], // is
  [0, 0, 0], // happy
  [1, 0, 1], // She
  [0, 1, 0], // smiles
];
const W = { f: [0.2, 0.3, -0.1, 0.4], i: [0.5, 0.2, 0.3, -0.2], c: [0.3, 0.1, -0.2, 0.5], o: [0.1, -0.2, 0.4, 0.3] };
const B = { f: -0.1, i: 0.3, c: 0.1, o: -0.2 };
const SHE = 3;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const sum = (w: number[], h: number, x: number[]) => w[0] * h + w[1] * x[0] + w[2] * x[1] + w[3] * x[2];

/** One unit of each cell over the sentence, returning every quantity at every step. */
function lstmFamily(kind: 'lstm' | 'coupled') {
  let h = 0;
  let c = 0;
  return XS.map((x) => {
    const f = sigmoid(sum(W.f, h, x) + B.f);
    const i = kind === 'coupled' ? 1 - f : sigmoid(sum(W.i, h, x) + B.i);
    const cTilde = Math.tanh(sum(W.c, h, x) + B.c);
    const o = sigmoid(sum(W.o, h, x) + B.o);
    c = f * c + i * cTilde;
    h = o * Math.tanh(c);
    return { f, i, cTilde, o, c, h };
  });
}

/** The GRU the switch makes from Alice: Wz = −Wf, bz = −bf; Wr = Wo, br = bo; Wh = Wc, bh = bc. */
function gru() {
  let h = 0;
  const negate = (w: number[]) => w.map((value) => -value);
  return XS.map((x) => {
    const z = sigmoid(sum(negate(W.f), h, x) - B.f);
    const r = sigmoid(sum(W.o, h, x) + B.o);
    const hTilde = Math.tanh(sum(W.c, r * h, x) + B.c);
    const hPrev = h;
    h = (1 - z) * hPrev + z * hTilde;
    return { z, r, hTilde, h, keep: 1 - z, kept: (1 - z) * hPrev, written: z * hTilde };
  });
}

const fixed = (value: number) => value.toFixed(3).replace(/^-/, '−');
const belt = (page: Page) => page.getByTestId('belt');
const beltValue = (page: Page, quantity: string) => belt(page).locator(`[data-belt-quantity="${quantity}"][data-unit="0"]`);
const equationText = async (page: Page, id: string) =>
  (await page.locator(`[data-equation="${id}"] .katex-html`).allInnerTexts()).join(' ').replace(/\u2212/g, '-');

async function openAliceAtShe(page: Page) {
  await page.goto('./?preset=alice');
  const cellSwitch = page.getByRole('radiogroup', { name: 'Cell type' });
  await expect(cellSwitch).toBeVisible();
  await page.getByRole('list', { name: 'Sentence, one token per time step' }).getByRole('button').nth(SHE).click();
  return cellSwitch;
}

test.describe('the four cells on Alice', () => {
  test('switching through LSTM, peephole, coupled and GRU: belt labels and equations at "She"', async ({ page }) => {
    const cellSwitch = await openAliceAtShe(page);

    // Standard LSTM.
    const lstm = lstmFamily('lstm')[SHE];
    await expect(beltValue(page, 'f')).toHaveText(fixed(lstm.f));
    await expect(beltValue(page, 'c')).toHaveText(fixed(lstm.c));
    await expect(beltValue(page, 'h')).toHaveText(fixed(lstm.h));
    await saveElementShot(belt(page), 'variants-lstm-belt');

    // Peephole: zero peepholes, so every number stays; the taps are drawn.
    await cellSwitch.getByRole('radio', { name: /Peephole LSTM/ }).check();
    await expect(page.getByRole('status').filter({ hasText: 'every number is unchanged' })).toBeVisible();
    await expect(belt(page).locator('[data-peephole]')).toHaveCount(3);
    await expect(beltValue(page, 'c')).toHaveText(fixed(lstm.c));
    await expect(beltValue(page, 'h')).toHaveText(fixed(lstm.h));
    expect(await equationText(page, 'forget')).toContain('0.647');
    await saveElementShot(belt(page), 'variants-peephole-belt');

    // Coupled: no input layer; the input valve is 1 − f through a "1 −" node.
    await cellSwitch.getByRole('radio', { name: /Coupled input and forget gates/ }).check();
    const coupled = lstmFamily('coupled')[SHE];
    await expect(belt(page).locator('[data-layer="input"]')).toHaveCount(0);
    await expect(belt(page).locator('[data-node="complement"]')).toHaveCount(1);
    await expect(beltValue(page, 'i')).toHaveText(fixed(coupled.i));
    await expect(beltValue(page, 'c')).toHaveText(fixed(coupled.c));
    await expect(beltValue(page, 'h')).toHaveText(fixed(coupled.h));
    expect(await equationText(page, 'input')).toContain(`1-${coupled.f.toFixed(3)}=${coupled.i.toFixed(3)}`.replace(/-/g, '-'));
    await saveElementShot(belt(page), 'variants-coupled-belt');

    // GRU: h rides the belt; z, r, h̃ from the mapped weights.
    await cellSwitch.getByRole('radio', { name: /^GRU/ }).check();
    const g = gru()[SHE];
    await expect(belt(page)).toHaveAttribute('data-cell', 'gru');
    for (const key of ['keep', 'kept', 'hTilde', 'written', 'h', 'z', 'r'] as const) {
      await expect(beltValue(page, key), key).toHaveText(fixed(g[key]));
    }
    expect(await equationText(page, 'update')).toContain(g.z.toFixed(3));
    expect(await equationText(page, 'reset')).toContain(g.r.toFixed(3));
    expect(await equationText(page, 'hidden')).toContain(g.h.toFixed(3));
    await expect(page.locator('td[data-quantity="hTilde"][data-unit="0"]')).toHaveText(fixed(g.hTilde));
    await saveElementShot(belt(page), 'variants-gru-belt');
    await saveShot(page, 'variants-gru-page');

    // One undo goes back to the coupled LSTM.
    await page.getByRole('button', { name: 'Undo' }).first().click();
    await expect(cellSwitch.getByRole('radio', { name: /Coupled input and forget gates/ })).toBeChecked();
  });

  test('the GRU is saved as a version 2 document and restored on reload; ?cell= opens a preset in a cell', async ({ page }) => {
    const cellSwitch = await openAliceAtShe(page);
    await cellSwitch.getByRole('radio', { name: /^GRU/ }).check();
    await expect.poll(() => page.evaluate(() => Object.values(localStorage).join(' '))).toContain('"cell":"gru"');
    await page.goto('./');
    await expect(page.getByRole('radiogroup', { name: 'Cell type' }).getByRole('radio', { name: /^GRU/ })).toBeChecked();
    await expect(belt(page)).toHaveAttribute('data-cell', 'gru');
    await page.goto('./?preset=alice&cell=coupled');
    await expect(page.getByRole('radiogroup', { name: 'Cell type' }).getByRole('radio', { name: /Coupled input and forget gates/ })).toBeChecked();
    await expect(belt(page).locator('[data-node="complement"]')).toHaveCount(1);
  });
});
