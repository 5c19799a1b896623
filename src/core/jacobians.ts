import { checkCell, type CellSpec } from './cellShape';
import { GRU_SPEC, type GruParams, type GruStep } from './gru';
import type { LstmStep } from './lstm';
import type { PeepholeLstmParams } from './peepholeLstm';
import type { SimpleRnnParams, SimpleRnnStep } from './simpleRnn';
import { matrixProduct, spectralNorm } from './spectralNorm';
import { checkVector } from './validate';

/**
 * The local factors of backpropagation through time, one per step, for explaining why gradients
 * vanish or survive (seeds 000 and 004): a gradient on a late state reaches an early one multiplied by
 * every step's Jacobian in between. Along the LSTM's cell state that Jacobian is diagonal, the forget
 * gate itself; in the simple RNN it is diag(1 − h_t²)·W_h, whose norm is usually below 1. Everything
 * here is pure and returns new arrays.
 */

/** A diagonal Jacobian (one factor per unit) and its spectral norm max |d_k|. */
export interface DiagonalJacobian {
  diagonal: number[];
  norm: number;
}

/** A full H × H Jacobian ∂h_t/∂h_{t-1} (row u = output unit, column k = input unit) and its spectral norm. */
export interface MatrixJacobian {
  matrix: number[][];
  norm: number;
}

/**
 * ∂C_t/∂C_{t-1} holding h_{t-1} fixed, per step: exactly diag(f_t) for the standard and the coupled
 * LSTM, since no gate reads the cell state. Reads only the steps' f.
 */
export function lstmCellJacobians(steps: readonly Pick<LstmStep, 'f'>[]): DiagonalJacobian[] {
  return steps.map((step, t) => {
    checkVector(`steps[${t}].f`, step?.f, step?.f?.length ?? 0);
    return diagonalJacobian(Array.from(step.f));
  });
}

/**
 * ∂C_t/∂C_{t-1} holding h_{t-1} fixed for the peephole LSTM, per step: diagonal with entries
 * f + C_{t-1}·f(1 − f)·pf + C̃·i(1 − i)·pi (f and i themselves look at C_{t-1}). Pure.
 */
export function peepholeCellJacobians(params: PeepholeLstmParams, steps: readonly LstmStep[]): DiagonalJacobian[] {
  const H = params?.pf?.length ?? 0;
  checkVector('pf', params?.pf, H);
  checkVector('pi', params.pi, H);
  return steps.map((step, t) => {
    for (const field of ['f', 'i', 'cTilde', 'cPrev'] as const) checkVector(`steps[${t}].${field}`, step?.[field], H);
    const diagonal = step.f.map((f, u) => {
      const i = step.i[u];
      return f + step.cPrev[u] * f * (1 - f) * params.pf[u] + step.cTilde[u] * i * (1 - i) * params.pi[u];
    });
    return diagonalJacobian(diagonal);
  });
}

const SIMPLE_RNN_SPEC: CellSpec = { weights: ['W'], vectors: ['b'] };

/** ∂h_t/∂h_{t-1} = diag(1 − h_t²)·W_h per step of the simple RNN (W_h = W's first H columns). Pure. */
export function simpleRnnJacobians(params: SimpleRnnParams, steps: readonly SimpleRnnStep[]): MatrixJacobian[] {
  const { H } = checkCell(SIMPLE_RNN_SPEC, params, steps.map((step) => step?.x));
  return steps.map((step, t) => {
    checkVector(`steps[${t}].h`, step.h, H);
    const matrix = step.h.map((h, u) => params.W[u].slice(0, H).map((w) => (1 - h * h) * w));
    return { matrix, norm: spectralNorm(matrix) };
  });
}

/**
 * ∂h_t/∂h_{t-1} per GRU step: diag(1 − z) (the direct route, the GRU's belt) + the routes through the
 * update gate, the reset gate and the candidate:
 *   diag(h̃ − h_{t-1})·diag(z(1 − z))·Wz_h + diag(z(1 − h̃²))·Wh_h·(diag(r) + diag(h_{t-1} r(1 − r))·Wr_h). Pure.
 */
export function gruJacobians(params: GruParams, steps: readonly GruStep[]): MatrixJacobian[] {
  const { H } = checkCell(GRU_SPEC, params, steps.map((step) => step?.x));
  return steps.map((step, t) => {
    for (const field of ['hPrev', 'z', 'r', 'hTilde'] as const) checkVector(`steps[${t}].${field}`, step[field], H);
    const { hPrev, z, r, hTilde } = step;
    // ∂(r ⊙ h_{t-1})/∂h_{t-1} = diag(r) + diag(h_{t-1} r(1 − r))·Wr_h
    const resetRoute = Array.from({ length: H }, (_, m) =>
      Array.from({ length: H }, (_, k) => (m === k ? r[m] : 0) + hPrev[m] * r[m] * (1 - r[m]) * params.Wr[m][k]),
    );
    const candidateRoute = matrixProduct(params.Wh.map((row) => row.slice(0, H)), resetRoute);
    const matrix = Array.from({ length: H }, (_, u) =>
      Array.from({ length: H }, (_, k) =>
        (u === k ? 1 - z[u] : 0) +
        (hTilde[u] - hPrev[u]) * z[u] * (1 - z[u]) * params.Wz[u][k] +
        z[u] * (1 - hTilde[u] * hTilde[u]) * candidateRoute[u][k],
      ),
    );
    return { matrix, norm: spectralNorm(matrix) };
  });
}

/**
 * For each step t, the product of the diagonal factors of steps t+1 … T−1: what multiplies a gradient
 * on the last state on its way back to step t along the belt (ones at the last step). Pure.
 */
export function diagonalChain(factors: readonly DiagonalJacobian[]): DiagonalJacobian[] {
  const out = new Array<DiagonalJacobian>(factors.length);
  let product = factors.length > 0 ? factors[0].diagonal.map(() => 1) : [];
  for (let t = factors.length - 1; t >= 0; t--) {
    out[t] = diagonalJacobian(product);
    product = product.map((p, u) => p * factors[t].diagonal[u]);
  }
  return out;
}

/**
 * For each step t, ‖∂h_{T−1}/∂h_t‖₂ = ‖J_{T−1} ⋯ J_{t+1}‖₂: the most a gradient on the last state can
 * be stretched on its way back to step t (1 at the last step). O(T·H³). Pure.
 */
export function jacobianChainNorms(factors: readonly MatrixJacobian[]): number[] {
  const T = factors.length;
  const out = new Array<number>(T);
  if (T === 0) return out;
  const H = factors[0].matrix.length;
  let product: number[][] = Array.from({ length: H }, (_, u) => Array.from({ length: H }, (_, k) => (u === k ? 1 : 0)));
  for (let t = T - 1; t >= 0; t--) {
    out[t] = t === T - 1 ? 1 : spectralNorm(product);
    product = matrixProduct(product, factors[t].matrix);
  }
  return out;
}

function diagonalJacobian(diagonal: number[]): DiagonalJacobian {
  return { diagonal, norm: diagonal.reduce((largest, d) => Math.max(largest, Math.abs(d)), 0) };
}
