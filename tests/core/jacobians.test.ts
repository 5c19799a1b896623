/**
 * The per-step local Jacobians against finite differences of one step of each cell, the chain helpers
 * against explicit products and against the gradients themselves, and the spectral norm against
 * closed forms.
 */
import { describe, expect, it } from 'vitest';
import {
  diagonalChain,
  gradGru,
  gradLstm,
  gradSimpleRnn,
  gruJacobians,
  jacobianChainNorms,
  lstmCellJacobians,
  lstmStep,
  matrixProduct,
  peepholeCellJacobians,
  runGru,
  runLstm,
  runPeepholeLstm,
  runSimpleRnn,
  simpleRnnJacobians,
  spectralNorm,
  type GruParams,
  type PeepholeLstmParams,
  type SimpleRnnParams,
} from '../../src/core';
import { centralDifference } from './gradientCheck';
import { deepFreeze, mulberry32, randomLstmParams, randomMatrix, randomVector } from './helpers';

const rand = mulberry32(0x7ac0b);
const H = 4;
const D = 3;
const T = 7;
const xs = deepFreeze(randomMatrix(rand, T, D, 1));
const h0 = deepFreeze(randomVector(rand, H, 1));
const c0 = deepFreeze(randomVector(rand, H, 2));
const TOL = 1e-9;

/** ∂(output of one step)/∂(one entry of its previous state), column by column, by finite differences. */
function numericJacobian(stepFrom: (state: number[]) => number[], state: readonly number[]): number[][] {
  const columns = state.map((_, k) => {
    const nudged = (d: number): number[] => stepFrom(state.map((v, j) => (j === k ? v + d : v)));
    return stepFrom([...state]).map((_, u) => centralDifference((d) => nudged(d)[u]));
  });
  return columns[0].map((_, u) => columns.map((column) => column[u]));
}

function expectMatrixClose(actual: number[][], expected: number[][]): void {
  actual.forEach((row, u) => row.forEach((v, k) => expect(Math.abs(v - expected[u][k])).toBeLessThan(TOL)));
}

describe('local Jacobians match finite differences of one step', () => {
  it('LSTM: ∂C_t/∂C_{t-1} = diag(f_t), nothing off the diagonal', () => {
    const params = deepFreeze(randomLstmParams(rand, H, D, 1.5));
    const steps = runLstm(params, xs, { h0, c0 });
    lstmCellJacobians(steps).forEach((jacobian, t) => {
      const { x, hPrev, cPrev } = steps[t];
      const numeric = numericJacobian((c) => lstmStep(params, x, hPrev, c).c, cPrev);
      expect(jacobian.diagonal).toEqual(steps[t].f);
      expectMatrixClose(numeric, numeric.map((row, u) => row.map((_, k) => (u === k ? jacobian.diagonal[u] : 0))));
      expect(jacobian.norm).toBe(Math.max(...steps[t].f));
    });
  });

  it('peephole LSTM: the diagonal includes the routes through f and i', () => {
    const params: PeepholeLstmParams = deepFreeze({
      ...randomLstmParams(rand, H, D, 1.5),
      pf: randomVector(rand, H, 1.5),
      pi: randomVector(rand, H, 1.5),
      po: randomVector(rand, H, 1.5),
    });
    const steps = runPeepholeLstm(params, xs, { h0, c0 });
    peepholeCellJacobians(params, steps).forEach((jacobian, t) => {
      const { x, hPrev, cPrev } = steps[t];
      const numeric = numericJacobian((c) => runPeepholeLstm(params, [x], { h0: hPrev, c0: c })[0].c, cPrev);
      expectMatrixClose(numeric, numeric.map((row, u) => row.map((_, k) => (u === k ? jacobian.diagonal[u] : 0))));
    });
  });

  it('simple RNN: ∂h_t/∂h_{t-1} = diag(1 − h_t²)·W_h', () => {
    const params: SimpleRnnParams = deepFreeze({ W: randomMatrix(rand, H, H + D, 1.5), b: randomVector(rand, H, 1) });
    const steps = runSimpleRnn(params, xs, { h0 });
    simpleRnnJacobians(params, steps).forEach((jacobian, t) => {
      const numeric = numericJacobian((h) => runSimpleRnn(params, [steps[t].x], { h0: h })[0].h, steps[t].hPrev);
      expectMatrixClose(jacobian.matrix, numeric);
      expect(jacobian.norm).toBeCloseTo(spectralNorm(numeric), 8);
    });
  });

  it('GRU: the full ∂h_t/∂h_{t-1}, every route', () => {
    const params: GruParams = deepFreeze({
      Wz: randomMatrix(rand, H, H + D, 1.5), Wr: randomMatrix(rand, H, H + D, 1.5), Wh: randomMatrix(rand, H, H + D, 1.5),
      bz: randomVector(rand, H, 1), br: randomVector(rand, H, 1), bh: randomVector(rand, H, 1),
    });
    const steps = runGru(params, xs, { h0 });
    gruJacobians(params, steps).forEach((jacobian, t) => {
      const numeric = numericJacobian((h) => runGru(params, [steps[t].x], { h0: h })[0].h, steps[t].hPrev);
      expectMatrixClose(jacobian.matrix, numeric);
    });
  });
});

describe('chains of local factors', () => {
  it('the simple RNN’s gradient from the last step is the transposed Jacobian product, bounded by its norm', () => {
    const params: SimpleRnnParams = deepFreeze({ W: randomMatrix(rand, H, H + D, 1), b: randomVector(rand, H, 1) });
    const steps = runSimpleRnn(params, xs, { h0 });
    const jacobians = simpleRnnJacobians(params, steps);
    const last = randomVector(rand, H, 1);
    const dh = xs.map((_, t) => (t === T - 1 ? last : new Array<number>(H).fill(0)));
    const grads = gradSimpleRnn(params, xs, dh, { h0 });
    const norms = jacobianChainNorms(jacobians);
    const length = (v: number[]): number => Math.hypot(...v);
    let product: number[][] = [last];
    for (let t = T - 1; t >= 0; t--) {
      // Row vector dhᵀ·J_{T−1}⋯J_{t+1} = (∂L/∂h_t)ᵀ.
      product[0].forEach((v, u) => expect(Math.abs(v - grads.dhs[t][u])).toBeLessThan(1e-13));
      expect(length(grads.dhs[t])).toBeLessThanOrEqual(norms[t] * length(last) * (1 + 1e-12));
      product = matrixProduct(product, jacobians[t].matrix);
    }
    expect(norms[T - 1]).toBe(1);
  });

  it('along the LSTM belt, the chain is the product of later forget gates (exact when h does not feed back)', () => {
    const base = randomLstmParams(rand, H, D, 1);
    const cut = (W: number[][]): number[][] => W.map((row) => row.map((w, k) => (k < H ? 0 : w)));
    const params = deepFreeze({ ...base, Wf: cut(base.Wf), Wi: cut(base.Wi), Wc: cut(base.Wc), Wo: cut(base.Wo) });
    const steps = runLstm(params, xs, { h0, c0 });
    const chain = diagonalChain(lstmCellJacobians(steps));
    const dh = xs.map((_, t) => (t === T - 1 ? [1, -1, 0.5, 2] : [0, 0, 0, 0]));
    const grads = gradLstm(params, xs, dh, { h0, c0 });
    for (let t = 0; t < T; t++) {
      grads.dcs[t].forEach((v, u) => expect(v).toBeCloseTo(grads.dcs[T - 1][u] * chain[t].diagonal[u], 14));
      expect(chain[t].norm).toBeLessThanOrEqual(1);
    }
    expect(chain[T - 1].diagonal).toEqual([1, 1, 1, 1]);
  });

  it('norms of GRU chains agree with explicit products', () => {
    const params: GruParams = deepFreeze({
      Wz: randomMatrix(rand, 3, 3 + D, 1), Wr: randomMatrix(rand, 3, 3 + D, 1), Wh: randomMatrix(rand, 3, 3 + D, 1),
      bz: randomVector(rand, 3, 1), br: randomVector(rand, 3, 1), bh: randomVector(rand, 3, 1),
    });
    const steps = runGru(params, xs);
    const jacobians = gruJacobians(params, steps);
    const norms = jacobianChainNorms(jacobians);
    const explicit = matrixProduct(matrixProduct(jacobians[6].matrix, jacobians[5].matrix), jacobians[4].matrix);
    expect(norms[3]).toBeCloseTo(spectralNorm(explicit), 12);
    // The same chain seen by the gradient: a unit upstream gradient cannot grow beyond the norm.
    const grads = gradGru(params, xs, xs.map((_, t) => (t === T - 1 ? [1, 0, 0] : [0, 0, 0])));
    expect(Math.hypot(...grads.dhs[3])).toBeLessThanOrEqual(norms[3] * (1 + 1e-12));
  });

  it('empty sequences give empty chains', () => {
    expect(diagonalChain([])).toEqual([]);
    expect(jacobianChainNorms([])).toEqual([]);
  });
});

describe('spectralNorm', () => {
  it('matches closed forms', () => {
    expect(spectralNorm([[3, 0], [0, -5]])).toBeCloseTo(5, 14);
    // [[1, 1], [0, 1]]: σ_max = (1 + √5) / 2, the golden ratio.
    expect(spectralNorm([[1, 1], [0, 1]])).toBeCloseTo((1 + Math.sqrt(5)) / 2, 14);
    // A rank-one matrix u·vᵀ has norm |u|·|v|.
    expect(spectralNorm([[2, 4, 6], [1, 2, 3]])).toBeCloseTo(Math.hypot(2, 1) * Math.hypot(1, 2, 3), 13);
    expect(spectralNorm([[0, 0], [0, 0]])).toBe(0);
    expect(spectralNorm([])).toBe(0);
  });

  it('handles entries far from 1 without overflow', () => {
    expect(spectralNorm([[1e200, 0], [0, 1e199]])).toBeCloseTo(1e200, -186);
    expect(spectralNorm([[1e-200, 0], [0, 3e-200]]) / 3e-200).toBeCloseTo(1, 14);
  });

  it('is the largest singular value of random matrices: ≥ every column length, ≤ the Frobenius norm', () => {
    const r = mulberry32(4);
    for (let n = 1; n <= 8; n++) {
      const A = randomMatrix(r, n, n, 2);
      const norm = spectralNorm(A);
      const frobenius = Math.hypot(...A.flat());
      for (let k = 0; k < n; k++) expect(norm).toBeGreaterThanOrEqual(Math.hypot(...A.map((row) => row[k])) * (1 - 1e-14));
      expect(norm).toBeLessThanOrEqual(frobenius * (1 + 1e-14));
      // ‖A‖₂² is the largest eigenvalue of AᵀA: ‖AᵀA‖₂ = ‖A‖₂².
      const ata = matrixProduct(A[0].map((_, i) => A.map((row) => row[i])), A);
      expect(spectralNorm(ata)).toBeCloseTo(norm * norm, 10);
    }
  });
});
