/**
 * The new cells against an independent implementation, TensorFlow.js (float32, CPU backend):
 *  - runGru against tfjs-layers' GRUCell, which also applies the reset gate BEFORE the matrix product
 *    (it refuses resetAfter), but writes h = z ⊙ h_{t-1} + (1 − z) ⊙ h̃: its z is our 1 − z, so its
 *    update-gate weights and bias are ours negated (σ(−a) = 1 − σ(a)); its default hard sigmoid is
 *    replaced by the logistic one;
 *  - runSimpleRnn against tfjs-layers' SimpleRNNCell;
 *  - gradLstm against automatic differentiation (tf.grads) through tf.basicLSTMCell.
 * tfjs kernels multiply the row vector x (D × n) and h (H × n) separately or as [x, h] (x first), so the
 * parameters are translated (never the outputs). Every number is rounded to float32 first (helpers'
 * randomUniform32), so both sides start from identical values and only tfjs's float32 arithmetic
 * differs (unit roundoff 6e-8).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradLstm, runGru, runSimpleRnn, type GruParams, type LstmParams, type SimpleRnnParams } from '../../src/core';
import { mulberry32, randomInt, randomLstmParams, randomMatrix, randomVector } from './helpers';

/**
 * States: 1e-4 absolute, as in the LSTM reference test (measured worst here: 3e-6; a swapped gate
 * or the other reset-gate convention moves values by ≥ 1e-2, see the sanity checks).
 */
const STATE_TOL = 1e-4;
/**
 * Gradients: |Δ| ≤ 1e-5 · (1 + |g|). They sum up to T·H products backpropagated through T steps in
 * float32 (measured worst: 1.5e-7 relative, so a 60× margin); a wrong gate or a missing path through
 * later steps is off by far more.
 */
const GRAD_TOL = 1e-5;
const verbose = Boolean(process.env.LSTM_REF_VERBOSE);

/** Our H × (H + D) matrix as the input kernel (D × H): kernel[j][u] = W[u][H + j], optionally negated. */
const inputKernel = (W: number[][], H: number, D: number, sign = 1): number[][] =>
  Array.from({ length: D }, (_, j) => W.map((row) => sign * row[H + j]));
/** …and as the recurrent kernel (H × H): recurrent[k][u] = W[u][k]. */
const recurrentKernel = (W: number[][], H: number, sign = 1): number[][] =>
  Array.from({ length: H }, (_, k) => W.map((row) => sign * row[k]));
/** Side-by-side blocks [A | B | C] of equal-height matrices. */
const sideBySide = (...blocks: number[][][]): number[][] => blocks[0].map((_, r) => blocks.flatMap((block) => block[r]));

type TfjsCell = ReturnType<typeof tfl.layers.gruCell> | ReturnType<typeof tfl.layers.simpleRNNCell>;

function runTfjsCell(cell: TfjsCell, weights: tf.Tensor[], xs: number[][], h0: number[]): number[][] {
  cell.setWeights(weights);
  return tf.tidy(() => {
    let h = tf.tensor2d([h0]);
    const out: number[][] = [];
    for (const x of xs) {
      [h] = cell.call([tf.tensor2d([x]), h], {}) as tf.Tensor2D[];
      out.push(Array.from(h.dataSync()));
    }
    return out;
  });
}

function tfjsGru(params: GruParams, xs: number[][], h0: number[]): number[][] {
  const H = params.Wz.length;
  const D = xs[0].length;
  const cell = tfl.layers.gruCell({ units: H, recurrentActivation: 'sigmoid', activation: 'tanh', kernelInitializer: 'zeros', recurrentInitializer: 'zeros' });
  cell.build([1, D]);
  const kernel = sideBySide(inputKernel(params.Wz, H, D, -1), inputKernel(params.Wr, H, D), inputKernel(params.Wh, H, D));
  const recurrent = sideBySide(recurrentKernel(params.Wz, H, -1), recurrentKernel(params.Wr, H), recurrentKernel(params.Wh, H));
  const bias = [...params.bz.map((b) => -b), ...params.br, ...params.bh];
  const weights = [tf.tensor2d(kernel, [D, 3 * H]), tf.tensor2d(recurrent, [H, 3 * H]), tf.tensor1d(bias)];
  const out = runTfjsCell(cell, weights, xs, h0);
  tf.dispose(weights);
  return out;
}

function tfjsSimpleRnn(params: SimpleRnnParams, xs: number[][], h0: number[]): number[][] {
  const H = params.W.length;
  const D = xs[0].length;
  const cell = tfl.layers.simpleRNNCell({ units: H, activation: 'tanh', kernelInitializer: 'zeros', recurrentInitializer: 'zeros' });
  cell.build([1, D]);
  const weights = [tf.tensor2d(inputKernel(params.W, H, D), [D, H]), tf.tensor2d(recurrentKernel(params.W, H), [H, H]), tf.tensor1d(params.b)];
  const out = runTfjsCell(cell, weights, xs, h0);
  tf.dispose(weights);
  return out;
}

function maxDiff(ours: number[][], ref: number[][]): number {
  return Math.max(...ours.flatMap((row, t) => row.map((v, u) => Math.abs(v - ref[t][u]))));
}

interface Shape {
  name: string;
  H: number;
  D: number;
  T: number;
  scale: number;
}

/** 30 seeded shapes, H 1–16 (pinned 1, 2, 8), D 1–8, T 1–30, weight scales 0.5–2 (a stable recurrence). */
function shapes(seed: number): Shape[] {
  const rand = mulberry32(seed);
  const pinned: [number, number, number][] = [[1, 3, 5], [2, 1, 20], [8, 4, 30]];
  const list = [...pinned];
  while (list.length < 30) list.push([randomInt(rand, 1, 16), randomInt(rand, 1, 8), randomInt(rand, 1, 30)]);
  const scales = [0.5, 1, 2];
  return list.map(([H, D, T], n) => ({ name: `#${n}: H=${H} D=${D} T=${T} scale=${scales[n % 3]}`, H, D, T, scale: scales[n % 3] }));
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('runGru matches tfjs-layers GRUCell (reset before the product, update gate flipped)', () => {
  const rand = mulberry32(0x6e0);
  it.each(shapes(0x6e1).map((s) => [s.name, s] as const))('%s', (name, { H, D, T, scale }) => {
    const params: GruParams = {
      Wz: randomMatrix(rand, H, H + D, scale), Wr: randomMatrix(rand, H, H + D, scale), Wh: randomMatrix(rand, H, H + D, scale),
      bz: randomVector(rand, H, scale), br: randomVector(rand, H, scale), bh: randomVector(rand, H, scale),
    };
    const xs = randomMatrix(rand, T, D, 1);
    const h0 = randomVector(rand, H, 1);
    const diff = maxDiff(runGru(params, xs, { h0 }).map((s) => s.h), tfjsGru(params, xs, h0));
    if (verbose) console.log(`gru ${name}: max |Δ| = ${diff.toExponential(2)}`);
    expect(diff).toBeLessThan(STATE_TOL);
  });

  it('would notice the other reset-gate convention and a swapped update gate (sanity check)', () => {
    const r = mulberry32(5);
    const H = 3;
    const D = 2;
    const params: GruParams = {
      Wz: randomMatrix(r, H, H + D, 1), Wr: randomMatrix(r, H, H + D, 1), Wh: randomMatrix(r, H, H + D, 1),
      bz: randomVector(r, H, 1), br: randomVector(r, H, 1), bh: randomVector(r, H, 1),
    };
    const xs = randomMatrix(r, 6, D, 1);
    const h0 = randomVector(r, H, 1);
    const ref = tfjsGru(params, xs, h0);
    // Reset after the product: h̃ = tanh(r ⊙ (Wh_h · h) + Wh_x · x + bh), written out here.
    let h = h0;
    const resetAfter = xs.map((x) => {
      const hx = [...h, ...x];
      const sig = (a: number): number => 1 / (1 + Math.exp(-a));
      const dot = (row: number[], v: number[]): number => row.reduce((s, w, k) => s + w * v[k], 0);
      const z = params.Wz.map((row, u) => sig(dot(row, hx) + params.bz[u]));
      const rr = params.Wr.map((row, u) => sig(dot(row, hx) + params.br[u]));
      const cand = params.Wh.map((row, u) => Math.tanh(rr[u] * dot(row.slice(0, H), h) + dot(row.slice(H), x) + params.bh[u]));
      h = h.map((hp, u) => (1 - z[u]) * hp + z[u] * cand[u]);
      return h;
    });
    expect(maxDiff(resetAfter, ref)).toBeGreaterThan(100 * STATE_TOL);
    const flipped = runGru({ ...params, Wz: params.Wz.map((row) => row.map((w) => -w)), bz: params.bz.map((b) => -b) }, xs, { h0 });
    expect(maxDiff(flipped.map((s) => s.h), ref)).toBeGreaterThan(100 * STATE_TOL);
  });
});

describe('runSimpleRnn matches tfjs-layers SimpleRNNCell', () => {
  const rand = mulberry32(0x5e0);
  it.each(shapes(0x5e1).slice(0, 12).map((s) => [s.name, s] as const))('%s', (name, { H, D, T, scale }) => {
    const params: SimpleRnnParams = { W: randomMatrix(rand, H, H + D, scale), b: randomVector(rand, H, scale) };
    const xs = randomMatrix(rand, T, D, 1);
    const h0 = randomVector(rand, H, 1);
    const diff = maxDiff(runSimpleRnn(params, xs, { h0 }).map((s) => s.h), tfjsSimpleRnn(params, xs, h0));
    if (verbose) console.log(`rnn ${name}: max |Δ| = ${diff.toExponential(2)}`);
    expect(diff).toBeLessThan(STATE_TOL);
  });
});

/** tfjs kernel ((D + H) × 4H over [x, h], gate blocks i, j = candidate, f, o) from our parameters. */
function lstmKernel(params: Pick<LstmParams, 'Wf' | 'Wi' | 'Wc' | 'Wo'>, H: number, D: number): number[][] {
  const gates = [params.Wi, params.Wc, params.Wf, params.Wo];
  return [...Array.from({ length: D }, (_, j) => gates.flatMap((W) => W.map((row) => row[H + j]))), ...Array.from({ length: H }, (_, k) => gates.flatMap((W) => W.map((row) => row[k])))];
}

describe('gradLstm matches automatic differentiation through tf.basicLSTMCell', () => {
  const rand = mulberry32(0x1a2);
  it.each(shapes(0x1a3).slice(0, 12).map((s) => [s.name, s] as const))('%s', (name, { H, D, T, scale }) => {
    const params = randomLstmParams(rand, H, D, scale);
    const xs = randomMatrix(rand, T, D, 1);
    const dh = randomMatrix(rand, T, H, 1);
    const h0 = randomVector(rand, H, 1);
    const c0 = randomVector(rand, H, 1);
    const ours = gradLstm(params, xs, dh, { h0, c0 });
    const bias = [...params.bi, ...params.bc, ...params.bf, ...params.bo];
    const [dKernel, dBias, dH0, dC0] = tf.tidy(() => {
      const loss = (kernel: tf.Tensor, b: tf.Tensor, h: tf.Tensor, c: tf.Tensor): tf.Scalar => {
        let hState = h as tf.Tensor2D;
        let cState = c as tf.Tensor2D;
        let total = tf.scalar(0);
        xs.forEach((x, t) => {
          [cState, hState] = tf.basicLSTMCell(tf.scalar(0), kernel as tf.Tensor2D, b as tf.Tensor1D, tf.tensor2d([x]), cState, hState);
          total = tf.add(total, tf.sum(tf.mul(hState, tf.tensor2d([dh[t]]))));
        });
        return total;
      };
      const grads = tf.grads(loss)([tf.tensor2d(lstmKernel(params, H, D)), tf.tensor1d(bias), tf.tensor2d([h0]), tf.tensor2d([c0])]);
      return grads.map((g) => g.arraySync());
    }) as [number[][], number[], number[][], number[][]];
    const expected = {
      kernel: lstmKernel({ Wf: ours.dWf, Wi: ours.dWi, Wc: ours.dWc, Wo: ours.dWo }, H, D),
      bias: [...ours.dbi, ...ours.dbc, ...ours.dbf, ...ours.dbo],
    };
    let worst = 0;
    const compare = (a: number[], b: number[], what: string): void =>
      a.forEach((v, k) => {
        const diff = Math.abs(v - b[k]);
        worst = Math.max(worst, diff / (1 + Math.abs(v)));
        if (!(diff <= GRAD_TOL * (1 + Math.abs(v)))) expect.fail(`${what}[${k}]: ours ${v}, tfjs ${b[k]}`);
      });
    compare(expected.kernel.flat(), dKernel.flat(), 'kernel');
    compare(expected.bias, dBias, 'bias');
    compare(ours.dh0, dH0[0], 'dh0');
    compare(ours.dc0, dC0[0], 'dc0');
    if (verbose) console.log(`grad ${name}: max |Δ|/(1+|g|) = ${worst.toExponential(2)}`);
  });
});
