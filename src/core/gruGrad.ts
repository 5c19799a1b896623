import { checkUpstream } from './cellShape';
import { affineBackward, flattenRows, sliceToArray, toMatrix } from './flat';
import type { StepGradient } from './gradientTypes';
import { gruForward, type GruParams, type GruStep } from './gru';

/** Gradients of L = Σ_t dh[t]·h_t for the GRU (parameter gradients have the parameters' shapes). */
export interface GruGradients {
  dWz: number[][];
  dWr: number[][];
  dWh: number[][];
  dbz: number[];
  dbr: number[];
  dbh: number[];
  dh0: number[];
  /** ∂L/∂h_t per step, including everything that flows back from later steps */
  dhs: number[][];
  /** ∂L/∂x_t per step */
  dxs: number[][];
  /** per step, ∂L/∂(each field of that step's GruStep) */
  steps: StepGradient<GruStep>[];
}

/**
 * Exact gradients of L = Σ_t dh[t]·h_t by backpropagation through time for the cell runGru computes.
 * The direct path ∂h_t/∂h_{t-1} ⊇ diag(1 − z_t) is the GRU's counterpart of the LSTM's forget-gate
 * belt. Validates like runGru and names dh[t]; never mutates its inputs.
 */
export function gradGru(params: GruParams, xs: number[][], dh: number[][], init: { h0?: number[] } = {}): GruGradients {
  const run = gruForward(params, xs, init);
  const { H, D, T } = run;
  checkUpstream('dh', dh, T, H);
  const upstream = flattenRows(dh, H);
  const weights = H * (H + D);
  const size = T * H;
  const dWz = new Float64Array(weights);
  const dWr = new Float64Array(weights);
  const dWh = new Float64Array(weights);
  const dbz = new Float64Array(H);
  const dbr = new Float64Array(H);
  const dbh = new Float64Array(H);
  const dxs = new Float64Array(T * D);
  const adjoint = {
    h: new Float64Array(size), z: new Float64Array(size), r: new Float64Array(size),
    zPre: new Float64Array(size), rPre: new Float64Array(size), resetHPrev: new Float64Array(size),
    hTilde: new Float64Array(size), hTildePre: new Float64Array(size),
  };
  let dhNext = new Float64Array(H);
  for (let t = T - 1; t >= 0; t--) {
    const at = t * H;
    const hPrev = t === 0 ? run.h0 : run.h;
    const prev = t === 0 ? 0 : (t - 1) * H;
    const xOffset = t * D;
    const dhPrev = new Float64Array(H);
    for (let u = 0; u < H; u++) {
      const k = at + u;
      const dhTotal = upstream[k] + dhNext[u];
      const z = run.z[k];
      const candidate = run.hTilde[k];
      adjoint.h[k] = dhTotal;
      adjoint.z[k] = dhTotal * (candidate - hPrev[prev + u]);
      adjoint.hTilde[k] = dhTotal * z;
      adjoint.hTildePre[k] = adjoint.hTilde[k] * (1 - candidate * candidate);
      adjoint.zPre[k] = adjoint.z[k] * z * (1 - z);
      // The direct route h_{t-1} → h_t through (1 − z).
      dhPrev[u] = dhTotal * (1 - z);
    }
    // Through the candidate: Wh's first H columns lead back to r ⊙ h_{t-1}, the rest to x_t.
    const dResetHPrev = new Float64Array(H);
    affineBackward(run.Wh, adjoint.hTildePre, at, run.resetHPrev, at, run.xs, xOffset, dWh, dbh, dResetHPrev, 0, dxs, xOffset, H, D);
    for (let u = 0; u < H; u++) {
      const k = at + u;
      const r = run.r[k];
      adjoint.resetHPrev[k] = dResetHPrev[u];
      adjoint.r[k] = dResetHPrev[u] * hPrev[prev + u];
      adjoint.rPre[k] = adjoint.r[k] * r * (1 - r);
      dhPrev[u] += dResetHPrev[u] * r;
    }
    affineBackward(run.Wz, adjoint.zPre, at, hPrev, prev, run.xs, xOffset, dWz, dbz, dhPrev, 0, dxs, xOffset, H, D);
    affineBackward(run.Wr, adjoint.rPre, at, hPrev, prev, run.xs, xOffset, dWr, dbr, dhPrev, 0, dxs, xOffset, H, D);
    dhNext = dhPrev;
  }
  const rows = (buffer: Float64Array, width: number): number[][] =>
    Array.from({ length: T }, (_, t) => sliceToArray(buffer, t * width, width));
  const dhs = rows(adjoint.h, H);
  const dxRows = rows(dxs, D);
  const dh0 = Array.from(dhNext);
  return {
    dWz: toMatrix(dWz, H, H + D),
    dWr: toMatrix(dWr, H, H + D),
    dWh: toMatrix(dWh, H, H + D),
    dbz: Array.from(dbz),
    dbr: Array.from(dbr),
    dbh: Array.from(dbh),
    dh0,
    dhs,
    dxs: dxRows,
    steps: dhs.map((dhT, t) => {
      const row = (buffer: Float64Array): number[] => sliceToArray(buffer, t * H, H);
      return {
        x: dxRows[t],
        hPrev: t === 0 ? dh0 : dhs[t - 1],
        zPre: row(adjoint.zPre),
        rPre: row(adjoint.rPre),
        z: row(adjoint.z),
        r: row(adjoint.r),
        resetHPrev: row(adjoint.resetHPrev),
        hTildePre: row(adjoint.hTildePre),
        hTilde: row(adjoint.hTilde),
        h: dhT,
      };
    }),
  };
}
