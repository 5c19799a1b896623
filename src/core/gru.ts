import { sigmoid } from './activations';
import { checkCell, checkInit, type CellSpec } from './cellShape';
import { flattenMatrix, flattenRows, flattenVector, sliceToArray } from './flat';

/**
 * The gated recurrent unit in seed 001's formulation (Cho et al.): an update gate z merges the forget
 * and input gates, a reset gate r decides how much of h_{t-1} the candidate sees, and cell and hidden
 * state are one vector:
 *   z = σ(Wz·[h_{t-1}, x_t] + bz),  r = σ(Wr·[h_{t-1}, x_t] + br),
 *   h̃ = tanh(Wh·[r ⊙ h_{t-1}, x_t] + bh),  h_t = (1 − z) ⊙ h_{t-1} + z ⊙ h̃.
 * The reset gate multiplies h_{t-1} before the matrix product (not after, as some libraries do).
 */
export interface GruParams {
  Wz: number[][];
  Wr: number[][];
  Wh: number[][];
  bz: number[];
  br: number[];
  bh: number[];
}

/** One GRU step at full precision (plain data). */
export interface GruStep {
  x: number[];
  hPrev: number[];
  /** pre-activations Wz·[h_{t-1}, x_t] + bz and Wr·[h_{t-1}, x_t] + br */
  zPre: number[];
  rPre: number[];
  /** update gate z and reset gate r */
  z: number[];
  r: number[];
  /** r ⊙ h_{t-1}: the part of the old state the candidate sees */
  resetHPrev: number[];
  /** Wh·[r ⊙ h_{t-1}, x_t] + bh, and the candidate h̃ = tanh of it */
  hTildePre: number[];
  hTilde: number[];
  /** h_t = (1 − z) ⊙ h_{t-1} + z ⊙ h̃ */
  h: number[];
}

export const GRU_SPEC: CellSpec = { weights: ['Wz', 'Wr', 'Wh'], vectors: ['bz', 'br', 'bh'] };

/** A validated GRU forward pass on flat buffers (T × H rows), for runGru and gradGru. */
export interface GruForward {
  H: number;
  D: number;
  T: number;
  Wz: Float64Array;
  Wr: Float64Array;
  Wh: Float64Array;
  xs: Float64Array;
  h0: Float64Array;
  zPre: Float64Array;
  rPre: Float64Array;
  z: Float64Array;
  r: Float64Array;
  resetHPrev: Float64Array;
  hTildePre: Float64Array;
  hTilde: Float64Array;
  h: Float64Array;
}

/** Validates (errors name the parameter) and runs the GRU on flat buffers. Never mutates its inputs. */
export function gruForward(params: GruParams, xs: number[][], init: { h0?: number[] }): GruForward {
  const { H, D, T } = checkCell(GRU_SPEC, params, xs);
  checkInit(init, ['h0'], H);
  const width = H + D;
  const size = T * H;
  const bz = flattenVector(params.bz, H);
  const br = flattenVector(params.br, H);
  const bh = flattenVector(params.bh, H);
  const run: GruForward = {
    H, D, T,
    Wz: flattenMatrix(params.Wz, H, width), Wr: flattenMatrix(params.Wr, H, width), Wh: flattenMatrix(params.Wh, H, width),
    xs: flattenRows(xs, D), h0: flattenVector(init.h0, H),
    zPre: new Float64Array(size), rPre: new Float64Array(size), z: new Float64Array(size), r: new Float64Array(size),
    resetHPrev: new Float64Array(size), hTildePre: new Float64Array(size), hTilde: new Float64Array(size), h: new Float64Array(size),
  };
  const { Wz, Wr, Wh } = run;
  for (let t = 0; t < T; t++) {
    const hPrev = t === 0 ? run.h0 : run.h;
    const prev = t === 0 ? 0 : (t - 1) * H;
    const xOffset = t * D;
    const at = t * H;
    // First both gates for every unit: the candidate of unit u needs r ⊙ h_{t-1} for all units.
    for (let u = 0; u < H; u++) {
      const row = u * width;
      let sz = bz[u];
      let sr = br[u];
      for (let k = 0; k < H; k++) {
        const hk = hPrev[prev + k];
        sz += Wz[row + k] * hk;
        sr += Wr[row + k] * hk;
      }
      for (let j = 0; j < D; j++) {
        const xj = run.xs[xOffset + j];
        sz += Wz[row + H + j] * xj;
        sr += Wr[row + H + j] * xj;
      }
      run.zPre[at + u] = sz;
      run.rPre[at + u] = sr;
      run.z[at + u] = sigmoid(sz);
      const r = sigmoid(sr);
      run.r[at + u] = r;
      run.resetHPrev[at + u] = r * hPrev[prev + u];
    }
    for (let u = 0; u < H; u++) {
      const row = u * width;
      let sh = bh[u];
      for (let k = 0; k < H; k++) sh += Wh[row + k] * run.resetHPrev[at + k];
      for (let j = 0; j < D; j++) sh += Wh[row + H + j] * run.xs[xOffset + j];
      const candidate = Math.tanh(sh);
      const z = run.z[at + u];
      run.hTildePre[at + u] = sh;
      run.hTilde[at + u] = candidate;
      run.h[at + u] = (1 - z) * hPrev[prev + u] + z * candidate;
    }
  }
  return run;
}

/**
 * Runs the GRU over xs from h0 (zeros by default); one GruStep per input. Validates every shape and
 * value (errors name the parameter: "Wr row 1 …", "x[3] …", "h0 …"); never mutates its inputs.
 */
export function runGru(params: GruParams, xs: number[][], init: { h0?: number[] } = {}): GruStep[] {
  const run = gruForward(params, xs, init);
  const { H, D, T } = run;
  const steps = new Array<GruStep>(T);
  let hPrev = sliceToArray(run.h0, 0, H);
  for (let t = 0; t < T; t++) {
    const row = (buffer: Float64Array): number[] => sliceToArray(buffer, t * H, H);
    const step: GruStep = {
      x: sliceToArray(run.xs, t * D, D),
      hPrev,
      zPre: row(run.zPre),
      rPre: row(run.rPre),
      z: row(run.z),
      r: row(run.r),
      resetHPrev: row(run.resetHPrev),
      hTildePre: row(run.hTildePre),
      hTilde: row(run.hTilde),
      h: row(run.h),
    };
    steps[t] = step;
    hPrev = step.h;
  }
  return steps;
}
