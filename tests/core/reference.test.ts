/**
 * runLstm against an independent implementation: TensorFlow.js's `tf.basicLSTMCell` on the CPU
 * backend, on many random shapes generated from a seeded PRNG (deterministic, so failures reproduce).
 *
 * tfjs conventions differ from ours, so the parameters are translated, never the outputs:
 *  - its kernel is (D + H) × 4H and multiplies the row vector [x, h] (x FIRST), where ours is
 *    H × (H + D) per gate multiplying [h, x] (h first): kernel[r][g·H + u] = W_g[u][column of r];
 *  - its gate blocks along the 4H axis are i, j (the candidate), f, o;
 *  - it adds a scalar forgetBias to the f pre-activation; we pass 0.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLstm, type LstmParams, type LstmStep } from '../../src/core';
import { mulberry32, randomInt, randomLstmParams, randomMatrix, randomVector } from './helpers';

/**
 * Tolerance: 1e-4 absolute on c and h. Every weight, input and initial state is rounded to float32
 * before use (see randomUniform32), so both sides start from identical numbers and the only
 * difference is tfjs's float32 arithmetic (unit roundoff 6e-8). A pre-activation sums at most
 * H + D + 1 = 43 terms, so its float32 error is ~1e-6 even at weight scale 8, and σ, tanh have slope
 * ≤ 1; |c| grows by at most 1 per step. Measured worst cases: 7e-7 for single steps and 4e-6 along
 * whole chained sequences, so 1e-4 leaves a margin of 25× or more, while a real mistake (swapped
 * gates, transposed weights, h/x column order) moves values by far more than 1e-2 (see the sanity
 * checks at the end). Set LSTM_REF_VERBOSE=1 to print the measured error of each case.
 */
const TOL = 1e-4;

interface Case {
  name: string;
  params: LstmParams;
  xs: number[][];
  h0?: number[];
  c0?: number[];
}

/**
 * The translation described at the top: tfjs kernel ((D + H) × 4H) and bias (4H) from our params.
 * Row r < D of the kernel multiplies x[r] (our column H + r); row D + k multiplies h[k] (our column k).
 */
function toTfjs(params: LstmParams, H: number, D: number): { kernel: number[][]; bias: number[] } {
  const gates = [params.Wi, params.Wc, params.Wf, params.Wo]; // tfjs order: i, j, f, o
  const kernel: number[][] = [];
  for (let r = 0; r < D + H; r++) {
    const ourColumn = r < D ? H + r : r - D;
    const row: number[] = [];
    for (const W of gates) for (let u = 0; u < H; u++) row.push(W[u][ourColumn]);
    kernel.push(row);
  }
  const bias = [...params.bi, ...params.bc, ...params.bf, ...params.bo];
  return { kernel, bias };
}

/** Runs tfjs over the whole sequence, feeding back its own float32 state; returns c and h per step. */
function runTfjsChain(testCase: Case, H: number, D: number): StateRows {
  const { kernel, bias } = toTfjs(testCase.params, H, D);
  return tf.tidy(() => {
    const k = tf.tensor2d(kernel, [D + H, 4 * H]);
    const b = tf.tensor1d(bias);
    const forgetBias = tf.scalar(0);
    let c: tf.Tensor2D = tf.tensor2d([testCase.c0 ?? new Array<number>(H).fill(0)], [1, H]);
    let h: tf.Tensor2D = tf.tensor2d([testCase.h0 ?? new Array<number>(H).fill(0)], [1, H]);
    const cs: number[][] = [];
    const hs: number[][] = [];
    for (const x of testCase.xs) {
      [c, h] = tf.basicLSTMCell(forgetBias, k, b, tf.tensor2d([x], [1, D]), c, h);
      cs.push(Array.from(c.dataSync()));
      hs.push(Array.from(h.dataSync()));
    }
    return { c: cs, h: hs };
  });
}

/**
 * One tfjs step per time t, all in a single batched call, each starting from OUR (hPrev, cPrev) at t.
 * This checks every individual step independently of how errors propagate along the sequence.
 */
function runTfjsSteps(testCase: Case, ours: LstmStep[], H: number, D: number): StateRows {
  const { kernel, bias } = toTfjs(testCase.params, H, D);
  const T = ours.length;
  return tf.tidy(() => {
    const [c, h] = tf.basicLSTMCell(
      tf.scalar(0),
      tf.tensor2d(kernel, [D + H, 4 * H]),
      tf.tensor1d(bias),
      tf.tensor2d(testCase.xs, [T, D]),
      tf.tensor2d(ours.map((s) => s.cPrev), [T, H]),
      tf.tensor2d(ours.map((s) => s.hPrev), [T, H]),
    );
    return { c: c.arraySync(), h: h.arraySync() };
  });
}

interface StateRows {
  c: number[][];
  h: number[][];
}

/** Largest |ours − tfjs| over all steps and units; fails naming the first entry beyond TOL. */
function compare(ours: LstmStep[], ref: StateRows): number {
  expect(ours).toHaveLength(ref.c.length);
  let worst = 0;
  ours.forEach((step, t) => {
    for (const key of ['c', 'h'] as const) {
      step[key].forEach((value, u) => {
        const diff = Math.abs(value - ref[key][t][u]);
        worst = Math.max(worst, diff);
        if (!(diff <= TOL)) expect.fail(`${key}[${u}] at t=${t}: ours ${value}, tfjs ${ref[key][t][u]}`);
      });
    }
  });
  return worst;
}

/**
 * Weights up to this scale keep the recurrence well conditioned, so float32 rounding stays tiny along
 * a whole free-running sequence (measured worst: ~2e-6). With larger weights and many units the
 * map (h, c) ↦ (h', c') can expand small differences step after step (a chaotic regime: a 1e-7
 * rounding difference grew to 0.14 after 15 steps for H=28, scale 4). That is a property of the
 * dynamics, not of either implementation, so those cases are checked step by step only.
 */
const CHAIN_MAX_SCALE = 2;

interface ScaledCase extends Case {
  scale: number;
}

/**
 * ≥ 30 deterministic cases. The first ones pin the edge shapes (H = 1, 2, 7, 32; D = 1 and 10; a
 * 50-step sequence); the rest are random. Weight scales run from small (near-linear regime) to 8
 * (gates saturate), and every third case starts from a non-zero (h0, c0).
 */
function makeCases(): ScaledCase[] {
  const rand = mulberry32(0x1517);
  const pinned: [number, number, number][] = [
    // [H, D, T]
    [1, 3, 5],
    [1, 1, 50],
    [2, 1, 20],
    [2, 10, 50],
    [7, 4, 50],
    [7, 10, 12],
    [32, 1, 30],
    [32, 10, 50],
  ];
  const shapes: [number, number, number][] = [...pinned];
  while (shapes.length < 36) shapes.push([randomInt(rand, 1, 32), randomInt(rand, 1, 10), randomInt(rand, 1, 50)]);
  const scales = [0.1, 0.5, 1, 2, 4, 8];
  return shapes.map(([H, D, T], n) => {
    // Offset by the shape index so each pinned shape meets a different scale from its neighbours.
    const scale = scales[(n + Math.floor(n / scales.length)) % scales.length];
    const withInit = n % 3 === 2;
    return {
      name: `#${n}: H=${H} D=${D} T=${T} scale=${scale}${withInit ? ' with h0/c0' : ''}`,
      scale,
      params: randomLstmParams(rand, H, D, scale),
      xs: randomMatrix(rand, T, D, 1),
      ...(withInit ? { h0: randomVector(rand, H, 1), c0: randomVector(rand, H, 3) } : {}),
    };
  });
}

const verbose = Boolean(process.env.LSTM_REF_VERBOSE);

describe('runLstm matches tf.basicLSTMCell (float32 reference)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const cases = makeCases();
  const chained = cases.filter((c) => c.scale <= CHAIN_MAX_SCALE);

  it('covers at least 30 cases including H = 1, 2, 7, 32, chained and saturating ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const Hs = new Set(cases.map((c) => c.params.Wf.length));
    for (const H of [1, 2, 7, 32]) expect(Hs.has(H)).toBe(true);
    expect(chained.length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => c.scale >= 8)).toBe(true);
  });

  describe('every step, each from the same (h_{t-1}, C_{t-1})', () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
      const H = testCase.params.Wf.length;
      const D = testCase.xs[0].length;
      const ours = runLstm(testCase.params, testCase.xs, { h0: testCase.h0, c0: testCase.c0 });
      const worst = compare(ours, runTfjsSteps(testCase, ours, H, D));
      if (verbose) console.log(`step  ${testCase.name}: max |Δ| = ${worst.toExponential(2)}`);
    });
  });

  describe('whole sequences, each side feeding back its own state', () => {
    it.each(chained.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
      const H = testCase.params.Wf.length;
      const D = testCase.xs[0].length;
      const ours = runLstm(testCase.params, testCase.xs, { h0: testCase.h0, c0: testCase.c0 });
      const worst = compare(ours, runTfjsChain(testCase, H, D));
      if (verbose) console.log(`chain ${testCase.name}: max |Δ| = ${worst.toExponential(2)}`);
    });
  });

  it('would notice swapped gates (sanity check of the comparison itself)', () => {
    // Swap f and i in our params: tfjs on the original parameters must then disagree far beyond TOL.
    const rand = mulberry32(99);
    const params = randomLstmParams(rand, 3, 2, 1);
    const xs = randomMatrix(rand, 5, 2, 1);
    const swapped: LstmParams = { ...params, Wf: params.Wi, Wi: params.Wf, bf: params.bi, bi: params.bf };
    const ref = runTfjsChain({ name: 'sanity', params, xs }, 3, 2);
    const wrong = runLstm(swapped, xs);
    const diff = Math.max(...wrong.flatMap((s, t) => s.c.map((v, u) => Math.abs(v - ref.c[t][u]))));
    expect(diff).toBeGreaterThan(100 * TOL);
  });

  it('would notice transposed h/x column blocks (sanity check of the comparison itself)', () => {
    // With H = D, moving the h columns after the x columns keeps every shape valid but changes values.
    const rand = mulberry32(7);
    const params = randomLstmParams(rand, 2, 2, 1);
    const xs = randomMatrix(rand, 4, 2, 1);
    const flip = (W: number[][]): number[][] => W.map((row) => [...row.slice(2), ...row.slice(0, 2)]);
    const flipped: LstmParams = {
      ...params,
      Wf: flip(params.Wf),
      Wi: flip(params.Wi),
      Wc: flip(params.Wc),
      Wo: flip(params.Wo),
    };
    const ref = runTfjsChain({ name: 'sanity', params, xs }, 2, 2);
    const wrong = runLstm(flipped, xs);
    const diff = Math.max(...wrong.flatMap((s, t) => s.h.map((v, u) => Math.abs(v - ref.h[t][u]))));
    expect(diff).toBeGreaterThan(100 * TOL);
  });
});
