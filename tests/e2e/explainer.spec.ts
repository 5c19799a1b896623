import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * The whole explainer on "Alice is happy. She smiles.", checked against the exact table of
 * shared/SEEDS.md (float64, six decimals) at the three decimals the page shows. Everything the page
 * derives (C_{t-1}, f·C_{t-1}, i·C̃, tanh C, the pre-activations z) is recomputed here from the table
 * and the article's parameters, never read back from the app.
 */

/** SEEDS.md's table: one row per time step. */
const TABLE = [
  { token: 'Alice', x: [1, 0, 0], f: 0.549834, i: 0.622459, cTilde: 0.197375, o: 0.401312, c: 0.122858, h: 0.049058 },
  { token: 'is', x: [0, 1, 0], f: 0.452596, i: 0.651248, cTilde: -0.085076, o: 0.551048, c: 0.000199, h: 0.00011 },
  { token: 'happy', x: [0, 0, 0], f: 0.475026, i: 0.574456, cTilde: 0.099701, o: 0.450169, c: 0.057368, h: 0.025797 },
  { token: 'She', x: [1, 0, 1], f: 0.646836, i: 0.577593, cTilde: 0.609257, o: 0.475664, c: 0.38901, h: 0.176237 },
  { token: 'smiles', x: [0, 1, 0], f: 0.458905, i: 0.665548, cTilde: -0.047094, o: 0.554192, c: 0.147175, h: 0.08098 },
] as const;
const STEP_COUNT = TABLE.length;
const SHE = 3;

/** SEEDS.md's parameters: rows over [h, female, verb, pronoun]. */
const PARAMS = {
  f: { w: [0.2, 0.3, -0.1, 0.4], b: -0.1 },
  i: { w: [0.5, 0.2, 0.3, -0.2], b: 0.3 },
  o: { w: [0.1, -0.2, 0.4, 0.3], b: -0.2 },
  c: { w: [0.3, 0.1, -0.2, 0.5], b: 0.1 },
} as const;

const TIMELINE_KEYS = ['f', 'i', 'cTilde', 'o', 'c', 'h'] as const;

/** The page's number format: 3 decimals, U+2212 for a minus. */
const fmt = (value: number) => `${value < 0 ? '\u2212' : ''}${Math.abs(value).toFixed(3)}`;

/** Everything at step t, from the table alone. */
function expected(t: number) {
  const row = TABLE[t];
  const hPrev = t > 0 ? TABLE[t - 1].h : 0;
  const cPrev = t > 0 ? TABLE[t - 1].c : 0;
  const z = (layer: keyof typeof PARAMS) => {
    const input = [hPrev, ...row.x];
    return PARAMS[layer].w.reduce<number>((sum, w, k) => sum + w * input[k], PARAMS[layer].b);
  };
  return { ...row, hPrev, cPrev, kept: row.f * cPrev, written: row.i * row.cTilde, tanhC: Math.tanh(row.c), zf: z('f'), zi: z('i'), zc: z('c'), zo: z('o') };
}

const sentence = (page: Page) => page.getByRole('list', { name: 'Sentence, one token per time step' });
const counter = (page: Page) => page.getByTestId('step-counter');
const belt = (page: Page) => page.getByTestId('belt');
const equation = (page: Page, id: string) => page.locator(`li[data-equation="${id}"]`);

/** Visible KaTeX text without the line breaks, tabs and zero-width spaces of its layout spans. */
const flatten = (text: string) => text.replace(/[\s\u200b]+/g, '');
/** The decimal numbers in a piece of typeset text, in reading order (integers such as subscripts are skipped). */
const decimals = (text: string) => flatten(text).match(/\u2212?\d+\.\d+/g) ?? [];

async function expectAtStep(page: Page, t: number) {
  await expect(counter(page)).toHaveText(`Step ${t + 1} of ${STEP_COUNT} · ${TABLE[t].token}`);
  await expect(sentence(page).getByRole('button').nth(t)).toHaveAttribute('aria-current', 'step');
}

async function open(page: Page) {
  await page.goto('/');
  await expectAtStep(page, 0);
}

/** data-belt-quantity → text of unit 0, for every belt label. */
const beltLabels = (page: Page) =>
  belt(page)
    .locator('[data-belt-quantity][data-unit="0"]')
    .evaluateAll((nodes) => Object.fromEntries(nodes.map((node) => [(node as SVGElement).dataset.beltQuantity, node.textContent?.trim()])));

/** Equation id → the decimals of its substituted (second) formula. */
const equationNumbers = (page: Page) =>
  page.locator('li[data-equation]').evaluateAll((items) =>
    Object.fromEntries(
      items.map((item) => {
        const html = item.querySelectorAll<HTMLElement>('.katex-html')[1];
        const text = (html?.innerText ?? '').replace(/[\s\u200b]+/g, '');
        return [(item as HTMLElement).dataset.equation, text.match(/\u2212?\d+\.\d+/g) ?? []];
      }),
    ),
  );

/** "quantity@step" → text, for every unit-0 timeline cell. */
const timelineCells = (page: Page) =>
  page.locator('[data-timeline-quantity][data-unit="0"]').evaluateAll((cells) =>
    Object.fromEntries(
      cells.map((cell) => [`${(cell as HTMLElement).dataset.timelineQuantity}@${(cell as HTMLElement).dataset.timelineStep}`, cell.textContent?.trim()]),
    ),
  );

/** Housing stroke of a valve, or frame stroke of a layer box: 4 when highlighted, 2 otherwise. */
const strokeOf = (element: Locator) => element.locator('rect').last().getAttribute('stroke-width');
const valveStroke = (page: Page, id: string) => page.locator(`[data-valve="${id}"] > rect`).first().getAttribute('stroke-width');

test.describe.configure({ mode: 'parallel' });

test('walks all five steps: belt labels, substituted equations and timeline match the seed table', async ({ page }) => {
  await open(page);

  // The timeline shows the whole sentence at once, whatever the step.
  const timeline: Record<string, string> = {};
  for (const [t, row] of TABLE.entries()) for (const key of TIMELINE_KEYS) timeline[`${key}@${t}`] = fmt(row[key]);
  await expect.poll(() => timelineCells(page), { message: 'timeline cells' }).toEqual(timeline);

  const next = page.getByRole('button', { name: 'Next step' });
  for (let t = 0; t < STEP_COUNT; t++) {
    if (t > 0) await next.click();
    await expectAtStep(page, t);
    const e = expected(t);

    const labels = {
      cPrev: fmt(e.cPrev),
      f: fmt(e.f),
      kept: fmt(e.kept),
      c: fmt(e.c),
      cTilde: fmt(e.cTilde),
      written: fmt(e.written),
      i: fmt(e.i),
      tanhC: fmt(e.tanhC),
      o: fmt(e.o),
      h: fmt(e.h),
      hPrev: fmt(e.hPrev),
    };
    await expect.poll(() => beltLabels(page), { message: `belt labels at t=${t} (${e.token})` }).toEqual(labels);

    const equations = {
      forget: [e.zf, e.f].map(fmt),
      input: [e.zi, e.i].map(fmt),
      candidate: [e.zc, e.cTilde].map(fmt),
      cell: [e.f, e.cPrev, e.i, e.cTilde, e.c].map(fmt),
      output: [e.zo, e.o].map(fmt),
      hidden: [e.o, e.c, e.h].map(fmt),
    };
    await expect.poll(() => equationNumbers(page), { message: `substituted equations at t=${t} (${e.token})` }).toEqual(equations);

    // The numbered forms name this step: f_t = σ(W_f·[h_{t-1}, x_t] + b_f).
    const forget = flatten(await equation(page, 'forget').locator('.katex-html').nth(1).innerText());
    const before = `${t - 1 < 0 ? '\u2212' : ''}${Math.abs(t - 1)}`;
    expect(forget).toContain(`f${t}=σ(Wf⋅[h${before},x${t}]+bf)`);

    // The current column of the timeline is marked.
    await expect(page.locator(`[data-timeline-quantity="c"][data-unit="0"][aria-current="step"]`)).toHaveAttribute('data-timeline-step', String(t));
  }
  await expect(next).toBeDisabled();
});

test('hovering a valve highlights its equation, and hovering an equation highlights its valve and layer', async ({ page }) => {
  await open(page);
  for (const id of ['forget', 'input', 'output'] as const) {
    await page.locator(`[data-valve="${id}"]`).hover();
    await expect(equation(page, id), `valve ${id} → equation`).toHaveAttribute('data-highlighted', 'true');
    await expect(page.locator('li[data-equation][data-highlighted]')).toHaveCount(1);
    expect(await valveStroke(page, id)).toBe('4');

    // Move away: nothing stays highlighted.
    await page.getByRole('heading', { level: 1 }).hover();
    await expect(page.locator('li[data-equation][data-highlighted]')).toHaveCount(0);
    expect(await valveStroke(page, id)).toBe('2');

    // The reverse direction: the equation lights up the valve and the learned layer behind it.
    await equation(page, id).hover();
    await expect(equation(page, id)).toHaveAttribute('data-highlighted', 'true');
    await expect.poll(() => valveStroke(page, id), { message: `equation ${id} → valve` }).toBe('4');
    await expect.poll(() => strokeOf(page.locator(`[data-layer="${id}"]`)), { message: `equation ${id} → layer` }).toBe('4');
    for (const other of ['forget', 'input', 'output'].filter((valve) => valve !== id)) {
      expect(await valveStroke(page, other), `valve ${other} while hovering ${id}`).toBe('2');
    }
    await page.getByRole('heading', { level: 1 }).hover();
    await expect.poll(() => valveStroke(page, id)).toBe('2');
  }

  // The candidate equation has no valve; it lights up the candidate layer.
  await equation(page, 'candidate').hover();
  await expect.poll(() => strokeOf(page.locator('[data-layer="candidate"]'))).toBe('4');
  await page.locator('[data-layer="output"]').hover();
  await expect(equation(page, 'output')).toHaveAttribute('data-highlighted', 'true');
  await expect(equation(page, 'candidate')).not.toHaveAttribute('data-highlighted', 'true');
});

test('focusing a valve highlights its equation, and focusing an equation highlights its valve', async ({ page }) => {
  await open(page);
  for (const id of ['forget', 'input', 'output'] as const) {
    await page.locator(`[data-valve="${id}"]`).focus();
    await expect(equation(page, id), `focus valve ${id}`).toHaveAttribute('data-highlighted', 'true');
    await page.locator(`[data-valve="${id}"]`).blur();
    await expect(equation(page, id)).not.toHaveAttribute('data-highlighted', 'true');

    const button = equation(page, id).getByRole('button');
    await button.focus();
    await expect(equation(page, id)).toHaveAttribute('data-highlighted', 'true');
    await expect.poll(() => valveStroke(page, id), { message: `focus equation ${id} → valve` }).toBe('4');
    await button.blur();
    await expect.poll(() => valveStroke(page, id)).toBe('2');
  }
  // Tab reaches the valves: at least one keyboard path into the drawing.
  await page.locator('[data-valve="forget"]').focus();
  await page.keyboard.press('Tab');
  await expect(equation(page, 'input')).toHaveAttribute('data-highlighted', 'true');
});

test('clicking a gate equation writes out its dot product term by term ("She", forget gate → 0.605)', async ({ page }) => {
  await open(page);
  await sentence(page).getByRole('button').nth(SHE).click();
  await expectAtStep(page, SHE);

  const forget = equation(page, 'forget');
  const toggle = forget.getByRole('button');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(forget.locator('[data-expansion]')).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const expansion = forget.locator('[data-expansion="forget"]');
  await expect(expansion).toBeVisible();

  // By hand: W_f = [0.2, 0.3, −0.1, 0.4], [h₂, x₃] = [0.025797, 1, 0, 1], b_f = −0.1.
  const w = [0.2, 0.3, -0.1, 0.4];
  const input = [0.025797, 1, 0, 1];
  const bias = -0.1;
  const sum = w.reduce((total, weight, k) => total + weight * input[k], bias);
  expect(fmt(sum)).toBe('0.605');
  const factor = (value: number) => (value < 0 ? `(${fmt(value)})` : fmt(value));
  const terms = w.map((weight, k) => `${factor(weight)}⋅${k === 0 ? fmt(input[k]) : String(input[k])}`);
  const written = `${terms.join('+')}+${factor(bias)}=${fmt(sum)}`;
  expect(written).toBe('0.200⋅0.026+0.300⋅1+(\u22120.100)⋅0+0.400⋅1+(\u22120.100)=0.605');
  const shown = flatten(await expansion.locator('.katex-html').innerText());
  expect(shown).toContain(`Wf⋅[h2,x3]+bf=${written}`);
  // The substituted equation uses the same sum: σ(0.605) = 0.647.
  expect(decimals(await forget.locator('.katex-html').nth(1).innerText())).toEqual(['0.605', '0.647']);

  // Other gates expand independently; non-gate equations have no expander.
  await equation(page, 'output').getByRole('button').click();
  await expect(equation(page, 'output').locator('[data-expansion="output"]')).toBeVisible();
  const e = expected(SHE);
  expect(flatten(await equation(page, 'output').locator('[data-expansion] .katex-html').innerText())).toContain(
    `=0.100⋅${fmt(e.hPrev)}+(\u22120.200)⋅1+0.400⋅0+0.300⋅1+(\u22120.200)=${fmt(e.zo)}`,
  );
  await expect(equation(page, 'cell').getByRole('button')).toHaveCount(0);
  await expect(equation(page, 'hidden').getByRole('button')).toHaveCount(0);

  // A second click folds it away again.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(forget.locator('[data-expansion]')).toHaveCount(0);
});

test('clicking a token or a timeline cell jumps to that step', async ({ page }) => {
  await open(page);
  await sentence(page).getByRole('button').nth(SHE).click();
  await expectAtStep(page, SHE);
  await expect(page.locator('[data-quantity="c"][data-unit="0"]')).toHaveText(fmt(TABLE[SHE].c));

  await page.locator('[data-timeline-quantity="h"][data-timeline-step="1"][data-unit="0"]').click();
  await expectAtStep(page, 1);
  await expect(page.locator('[data-quantity="h"][data-unit="0"]')).toHaveText(fmt(TABLE[1].h));
  await expect(page.locator('[data-timeline-quantity="h"][data-timeline-step="1"]')).toHaveAttribute('aria-current', 'step');

  await page.locator('[data-timeline-quantity="f"][data-timeline-step="4"][data-unit="0"]').click();
  await expectAtStep(page, 4);
  await expect(belt(page).locator('[data-belt-quantity="f"]')).toHaveText(fmt(TABLE[4].f));

  // The timeline's column headers jump too.
  await page.getByRole('grid').getByRole('button', { name: 'Alice (t=0)', exact: true }).click();
  await expectAtStep(page, 0);
});

test('the narration follows the step and tells the "She" story with 0.389', async ({ page }) => {
  await open(page);
  const heading = page.getByRole('heading', { name: /^What happens at/ });
  const story = page.getByTestId('narration');
  await expect(heading).toHaveText('What happens at “Alice”');
  const atAlice = await story.innerText();
  expect(atAlice).toContain(fmt(TABLE[0].c));

  const seen = new Set([atAlice]);
  for (let t = 1; t < STEP_COUNT; t++) {
    await page.keyboard.press('ArrowRight');
    await expectAtStep(page, t);
    await expect(heading).toHaveText(`What happens at “${TABLE[t].token}”`);
    await expect(story).not.toHaveText(atAlice);
    const text = await story.innerText();
    expect(seen.has(text), `narration at t=${t} repeats an earlier step's`).toBe(false);
    seen.add(text);
    expect(text, `narration at t=${t} states C_t`).toContain(fmt(TABLE[t].c));
    if (t === SHE) {
      expect(text).toContain('0.389');
      expect(text).toContain(fmt(TABLE[SHE].h));
      expect(text).toMatch(/rises from 0\.057 to 0\.389/);
    }
  }
  // A screen reader hears each step from the step announcer; the story itself is not a second live region.
  await expect(page.locator('[aria-live]').filter({ has: story })).toHaveCount(0);
  await expect(page.getByTestId('step-announcer')).toBeAttached();
});

test('the article note compares the article (0.012, 0.005) with the exact C₂, h₂ (0.057, 0.026)', async ({ page }) => {
  await open(page);
  const note = page.getByRole('complementary', { name: 'Check the arithmetic yourself' });
  await expect(note).toBeVisible();
  // The note first names the article it checks, then sums up where the article's figures part from ours.
  await expect(note.locator('p').first()).toContainText('LSTM的一个计算例子');
  const summary = note.locator('p').filter({ hasText: '≈ 0.012' });
  await expect(summary).toHaveCount(1);
  await expect(summary).toContainText('≈ 0.005');
  await expect(summary.locator('strong')).toHaveText([fmt(TABLE[2].c), fmt(TABLE[2].h)]);
  expect([fmt(TABLE[2].c), fmt(TABLE[2].h)]).toEqual(['0.057', '0.026']);

  // The table: the skipped step t = 2 and the later t = 3 are off, t = 0 and t = 1 agree.
  const rows = note.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(2)).toContainText('0.012');
  await expect(rows.nth(2)).toContainText('0.057');
  await expect(rows.nth(2)).toContainText('0.005');
  await expect(rows.nth(2)).toContainText('0.026');
  await expect(rows.nth(2)).toContainText('off');
  await expect(rows.nth(3)).toContainText('0.356');
  await expect(rows.nth(3)).toContainText(fmt(TABLE[SHE].c));
  await expect(rows.nth(0)).toContainText('agrees');
  await expect(rows.nth(1)).toContainText('agrees');

  // The current step's row is marked and follows the step.
  await expect(rows.nth(0)).toHaveAttribute('aria-current', 'step');
  await sentence(page).getByRole('button').nth(SHE).click();
  await expect(rows.nth(3)).toHaveAttribute('aria-current', 'step');
  await expect(rows.nth(0)).not.toHaveAttribute('aria-current', 'step');
});

test('?preset=stress&tokens=200&hidden=8 loads with 200 steps and 8 lanes on the belt', async ({ page }) => {
  await page.goto('/?preset=stress&tokens=200&hidden=8');
  // The values panel loads after the first view is idle.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(counter(page)).toContainText('Step 1 of 200');
  expect(await sentence(page).getByRole('button').count()).toBe(200);
  // One query for the whole (large) page: every locator round trip costs a few hundred ms here.
  const seen = await page.evaluate(() => {
    const svg = document.querySelector('[data-testid="belt"]');
    const units = (quantity: string) =>
      [...(svg?.querySelectorAll<SVGElement>(`[data-belt-quantity="${quantity}"]`) ?? [])].map((node) => node.dataset.unit);
    return {
      beltCaptions: svg?.closest('figure')?.querySelectorAll('figcaption').length,
      truncationNotes: [...document.querySelectorAll('p, figcaption')].filter((node) => /Showing the first|Showing \d+ of/.test(node.textContent ?? '')).length,
      lanes: Object.fromEntries(['c', 'cPrev', 'f', 'i', 'o', 'h'].map((quantity) => [quantity, units(quantity).sort()])),
      valueUnits: document.querySelectorAll('[data-quantity="c"][data-unit]').length,
      timelineCells: document.querySelectorAll('[data-timeline-quantity="c"]').length,
    };
  });
  // H = 8 = MAX_LANES: every unit gets a lane, so there is no "Showing the first … units" note.
  const eight = ['0', '1', '2', '3', '4', '5', '6', '7'];
  expect(seen).toEqual({
    beltCaptions: 0,
    truncationNotes: 0,
    // Horizontal pipes carry a tag per lane; the gates on vertical pipes write only the focused unit.
    lanes: { c: eight, cPrev: eight, f: eight, i: [seen.lanes.i[0]], o: [seen.lanes.i[0]], h: eight },
    // Every unit appears in the values panel and in the timeline (8 units × 200 steps).
    valueUnits: 8,
    timelineCells: 1600,
  });
  // And it still steps.
  await page.keyboard.press('End');
  await expect(counter(page)).toContainText('Step 200 of 200');
});
