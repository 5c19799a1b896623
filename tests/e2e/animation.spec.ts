import type { Page } from '@playwright/test';
import { expect, test, waitForDeferredPanels } from './fixtures';

/*
 * The step animation, with motion allowed. Stages at 4× last under 100 ms, too short to catch by
 * polling from the test, so a MutationObserver in the page records every change of the belt's
 * data-animating / data-stage, the highlighted equations and the step counter, with timestamps.
 */

test.use({ reducedMotion: 'no-preference' });

const TOKENS = ['Alice', 'is', 'happy', 'She', 'smiles'];
/** The equations App highlights while each stage plays (src/ui/App.tsx STAGE_EQUATIONS). */
const STAGE_EQUATIONS: Record<string, string> = {
  forget: 'forget',
  input: 'input,candidate',
  update: 'cell',
  output: 'output,hidden',
  rest: '',
};

interface Snapshot {
  time: number;
  animating: string;
  stage: string;
  step: string;
  highlighted: string;
}

const counter = (page: Page) => page.getByTestId('step-counter');
const belt = (page: Page) => page.getByTestId('belt');
const playButton = (page: Page) => page.getByRole('group', { name: 'Player' }).getByRole('button', { name: /^(Play|Pause)$/ });

async function open(page: Page) {
  await page.goto('/');
  await expect(counter(page)).toHaveText('Step 1 of 5 · Alice');
  await expect(belt(page)).toHaveAttribute('data-animating', 'false');
  await waitForDeferredPanels(page);
}

async function expectAtStep(page: Page, t: number) {
  await expect(counter(page)).toHaveText(`Step ${t + 1} of 5 · ${TOKENS[t]}`);
}

/** Starts (or restarts) recording every change of the animation state in the page. */
async function startRecording(page: Page) {
  await page.evaluate(() => {
    type Snap = { time: number; animating: string; stage: string; step: string; highlighted: string };
    const w = window as unknown as { __records: Snap[]; __observer?: MutationObserver };
    w.__observer?.disconnect();
    w.__records = [];
    const snap = (): Snap => {
      const svg = document.querySelector<SVGElement>('[data-testid="belt"]');
      return {
        time: performance.now(),
        animating: svg?.dataset.animating ?? '',
        stage: svg?.dataset.stage ?? '',
        step: document.querySelector('[data-testid="step-counter"]')?.textContent ?? '',
        highlighted: [...document.querySelectorAll<HTMLElement>('li[data-equation][data-highlighted="true"]')]
          .map((item) => item.dataset.equation)
          .join(','),
      };
    };
    const record = () => {
      const now = snap();
      const last = w.__records[w.__records.length - 1];
      if (!last || last.animating !== now.animating || last.stage !== now.stage || last.step !== now.step || last.highlighted !== now.highlighted) {
        w.__records.push(now);
      }
    };
    record();
    w.__observer = new MutationObserver(record);
    w.__observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
  });
}

const records = (page: Page) => page.evaluate(() => (window as unknown as { __records: Snapshot[] }).__records);

/** Waits for an animation to have started and ended; returns what was recorded. */
async function waitForAnimation(page: Page, timeout = 8_000): Promise<Snapshot[]> {
  await expect.poll(async () => (await records(page)).some((r) => r.animating === 'true'), { message: 'an animation starts', timeout: 10_000 }).toBe(true);
  await expect(belt(page)).toHaveAttribute('data-animating', 'false', { timeout });
  return records(page);
}

/** Runs of equal consecutive stages, collapsed: forget, forget, input → forget, input. */
const stageSequence = (snapshots: Snapshot[]) =>
  snapshots.map((r) => r.stage).filter((stage, index, all) => index === 0 || stage !== all[index - 1]);

/** Milliseconds from the first animating frame to the first frame at rest after it. */
function duration(snapshots: Snapshot[]): number {
  const start = snapshots.findIndex((r) => r.animating === 'true');
  const end = snapshots.findIndex((r, index) => index > start && r.animating === 'false');
  expect(start, 'animation start recorded').toBeGreaterThanOrEqual(0);
  expect(end, 'animation end recorded').toBeGreaterThan(start);
  return snapshots[end].time - snapshots[start].time;
}

/** Resolves after the page has painted a couple of frames (enough for an animation to show itself). */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 120)))));

test.describe.configure({ mode: 'parallel' });

test('Next plays forget → input → update → output → rest in about 1.5 s at 1×, highlighting each stage’s equations', async ({ page }) => {
  await open(page);
  await startRecording(page);
  await page.keyboard.press('ArrowRight');
  await expectAtStep(page, 1);
  const snapshots = await waitForAnimation(page);
  const from = snapshots.findIndex((r) => r.animating === 'true');
  const played = snapshots.slice(from);

  expect(stageSequence(played)).toEqual(['forget', 'input', 'update', 'output', 'rest']);
  expect(played.every((r) => (r.animating === 'true') === (r.stage !== 'rest')), 'data-animating agrees with data-stage').toBe(true);
  const ms = duration(snapshots);
  expect(ms, `1× animation took ${Math.round(ms)} ms`).toBeGreaterThan(1_000);
  // Generous: the clock is wall time, but a busy 2-core machine can hold back the frame that ends it.
  expect(ms, `1× animation took ${Math.round(ms)} ms`).toBeLessThan(5_000);

  // While a stage plays, exactly its equations are highlighted; at rest, none.
  const mismatches = played.filter((r) => r.highlighted !== STAGE_EQUATIONS[r.stage]);
  expect(mismatches, 'frames whose highlighted equations do not match the stage').toEqual([]);
  for (const stage of ['forget', 'input', 'update', 'output']) {
    expect(played.some((r) => r.stage === stage && r.highlighted === STAGE_EQUATIONS[stage]), `highlight during ${stage}`).toBe(true);
  }
  await expect(page.locator('li[data-equation][data-highlighted]')).toHaveCount(0);
  // The step itself changed once, at the start, and never during the animation.
  expect(new Set(played.map((r) => r.step))).toEqual(new Set(['Step 2 of 5 · is']));
});

/**
 * Plays one step with the page's clock under the test's control and returns the clock time at which the
 * belt came to rest, found in `sliceMs` slices. Wall time is no use for this: on a busy machine a stalled
 * frame stretches a short animation far more than a long one (every stage is shown for at least a frame).
 */
async function playedFor(page: Page, sliceMs: number, limitMs: number): Promise<number> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await startRecording(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(belt(page)).toHaveAttribute('data-animating', 'true');
  for (let elapsed = sliceMs; elapsed <= limitMs; elapsed += sliceMs) {
    await page.clock.runFor(sliceMs);
    if ((await belt(page).getAttribute('data-animating')) === 'false') return elapsed;
  }
  throw new Error(`still animating after ${limitMs} ms of page time`);
}

test('at 4× a step plays in a quarter of the 1.5 s it takes at 1×, through every stage in order', async ({ page }) => {
  await page.clock.install();
  await open(page);
  const atOne = await playedFor(page, 100, 3_000);
  await expectAtStep(page, 1);
  await page.clock.resume();
  await page.getByLabel('Speed').selectOption('4');
  await expect(page.getByLabel('Speed')).toHaveValue('4');
  const atFour = await playedFor(page, 25, 1_000);
  await expectAtStep(page, 2);
  test.info().annotations.push({ type: 'page time', description: `1×: ${atOne} ms, 4×: ${atFour} ms` });
  // Rest comes in the slice holding the first frame after 1500 ms (1×) or 375 ms (4×): 1600 and 400
  // here. One slice more is allowed for a render that lands after the slice's check.
  expect(atOne).toBeGreaterThanOrEqual(1_500);
  expect(atOne).toBeLessThanOrEqual(1_700);
  expect(atFour).toBeGreaterThanOrEqual(375);
  expect(atFour).toBeLessThanOrEqual(425);
  // Every stage shows, in order, and the animation ends at rest.
  const snapshots = await records(page);
  const sequence = stageSequence(snapshots.slice(snapshots.findIndex((r) => r.animating === 'true')));
  expect(sequence).toEqual(['forget', 'input', 'update', 'output', 'rest']);
});

test('every press counts: four quick Nexts from step 1 reach step 5, each cutting the running animation short', async ({ page }) => {
  // The page's clock stands still, so every press surely lands while the previous step is animating.
  await page.clock.install();
  await open(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  const next = page.getByRole('button', { name: 'Next step' });
  await startRecording(page);
  await next.click();
  await expect(belt(page)).toHaveAttribute('data-animating', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await next.click();
  await expectAtStep(page, 4);
  // The last step animates in its turn; one more press there finishes it at once.
  await expect(belt(page)).toHaveAttribute('data-animating', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(belt(page)).toHaveAttribute('data-animating', 'false');
  await expect(belt(page)).toHaveAttribute('data-stage', 'rest');
  await expectAtStep(page, 4);
  // Every step from 1 to 5 was shown on the way, in order.
  const steps = (await records(page)).map((r) => r.step).filter((step, index, all) => index === 0 || step !== all[index - 1]);
  expect(steps).toEqual(['Step 1 of 5 · Alice', 'Step 2 of 5 · is', 'Step 3 of 5 · happy', 'Step 4 of 5 · She', 'Step 5 of 5 · smiles']);
  // The belt shows the last step's resting values, nothing is left highlighted.
  await expect(belt(page).locator('[data-belt-quantity="c"]')).toHaveText('0.147');
  await expect(page.locator('li[data-equation][data-highlighted]')).toHaveCount(0);
  // Previous during an animation lands on the step before the one playing, at rest.
  await page.keyboard.press('Home');
  await next.click();
  await next.click();
  await expectAtStep(page, 2);
  await expect(belt(page)).toHaveAttribute('data-animating', 'true');
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expectAtStep(page, 1);
  await expect(belt(page)).toHaveAttribute('data-animating', 'false');
  await expect(belt(page).locator('[data-belt-quantity="c"]')).toHaveText('0.000');
});

test('Previous, Home, End, First/Last and jumps by token or timeline show the step at rest', async ({ page }) => {
  await open(page);
  const moves: [string, () => Promise<unknown>, number][] = [
    ['End', () => page.keyboard.press('End'), 4],
    ['Previous step button', () => page.getByRole('button', { name: 'Previous step' }).click(), 3],
    ['ArrowLeft', () => page.keyboard.press('ArrowLeft'), 2],
    ['Home', () => page.keyboard.press('Home'), 0],
    ['token "She"', () => page.getByRole('list', { name: /^Sentence/ }).getByRole('button').nth(3).click(), 3],
    ['timeline cell t=1', () => page.locator('[data-timeline-quantity="c"][data-timeline-step="1"]').click(), 1],
    ['timeline cell t=4', () => page.locator('[data-timeline-quantity="o"][data-timeline-step="4"]').click(), 4],
    ['First step button', () => page.getByRole('button', { name: 'First step' }).click(), 0],
    ['Last step button', () => page.getByRole('button', { name: 'Last step' }).click(), 4],
  ];
  for (const [name, move, to] of moves) {
    await startRecording(page);
    await move();
    await expectAtStep(page, to);
    await settle(page);
    const snapshots = await records(page);
    expect(snapshots.filter((r) => r.animating === 'true'), `${name} animated`).toEqual([]);
    await expect(belt(page)).toHaveAttribute('data-stage', 'rest');
  }
});

test('Play runs through every step to the end, animating each, and the button returns to Play', async ({ page }) => {
  await open(page);
  await page.getByLabel('Speed').selectOption('4');
  await startRecording(page);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expectAtStep(page, 4);
  await expect(playButton(page)).toHaveAccessibleName('Play', { timeout: 20_000 });
  await expect(belt(page)).toHaveAttribute('data-animating', 'false');

  const snapshots = await records(page);
  const steps = snapshots.map((r) => r.step).filter((step, index, all) => index === 0 || step !== all[index - 1]);
  expect(steps).toEqual(TOKENS.map((token, t) => `Step ${t + 1} of 5 · ${token}`));
  // Each of the four moves played an animation: four rising edges of data-animating.
  const starts = snapshots.filter((r, index) => r.animating === 'true' && snapshots[index - 1]?.animating !== 'true');
  expect(starts.length).toBe(4);
  // Stopped for good at the end.
  await settle(page);
  await expectAtStep(page, 4);

  // Play at the last step starts over from the first (which at 4× is left again after ~110 ms).
  await startRecording(page);
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect.poll(async () => (await records(page)).map((r) => r.step)).toContain('Step 1 of 5 · Alice');
  await playButton(page).click();
  await expect(playButton(page)).toHaveAccessibleName('Play');
});

test('Space toggles play and pause; Space on a focused button presses that button instead', async ({ page }) => {
  await open(page);
  await page.getByLabel('Speed').selectOption('2');
  // Give the page the focus without focusing a control.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveAccessibleName('Pause');
  await expect(counter(page)).not.toHaveText('Step 1 of 5 · Alice', { timeout: 10_000 });
  await page.keyboard.press('Space');
  await expect(playButton(page)).toHaveAccessibleName('Play');
  await expect(belt(page)).toHaveAttribute('data-animating', 'false', { timeout: 10_000 });
  const paused = await counter(page).innerText();
  // Longer than the pause between steps (450 ms / 2): a player still running would have moved on.
  await page.waitForTimeout(600);
  await expect(counter(page)).toHaveText(paused);

  // Space while the Next button has focus clicks Next (and does not start playing).
  await page.getByRole('button', { name: 'First step' }).click();
  await expectAtStep(page, 0);
  await page.getByRole('button', { name: 'Next step' }).focus();
  await page.keyboard.press('Space');
  await expectAtStep(page, 1);
  await expect(playButton(page)).toHaveAccessibleName('Play');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no animation runs: Next and Play land on each step at rest', async ({ page }) => {
    await open(page);
    await startRecording(page);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expectAtStep(page, 1);
    await settle(page);
    await page.keyboard.press('ArrowRight');
    await expectAtStep(page, 2);
    await playButton(page).click();
    await expectAtStep(page, 4);
    await expect(playButton(page)).toHaveAccessibleName('Play', { timeout: 15_000 });
    await settle(page);
    const snapshots = await records(page);
    expect(snapshots.filter((r) => r.animating === 'true' || r.stage !== 'rest')).toEqual([]);
    expect(snapshots.filter((r) => r.highlighted !== '')).toEqual([]);
  });
});
