import { checkCell, checkInit, checkUpstream, type CellSpec } from './cellShape';
import { affineBackward, affineInto, flattenMatrix, flattenRows, flattenVector, sliceToArray, toMatrix } from './flat';
import type { StepGradient } from './gradientTypes';

/**
 * The simple (Elman) RNN of seed 004: h_t = tanh(W·[h_{t-1}, x_t] + b), one shared cell whose only
 * memory is h. W is H × (H + D), columns 0..H-1 multiply h_{t-1}; b has H entries.
 */
export interface SimpleRnnParams {
  W: number[][];
  b: number[];
}

/** One step of the simple RNN at full precision: input, previous state, pre-activation z, new state. */
export interface SimpleRnnStep {
  x: number[];
  hPrev: number[];
  /** z = W·[h_{t-1}, x_t] + b */
  z: number[];
  /** h_t = tanh(z) */
  h: number[];
}

/** Gradients of L = Σ_t dh[t]·h_t for the simple RNN (parameter gradients have the parameters' shapes). */
export interface SimpleRnnGradients {
  dW: number[][];
  db: number[];
  dh0: number[];
  /** ∂L/∂h_t per step, including everything that flows back from later steps */
  dhs: number[][];
  /** ∂L/∂x_t per step */
  dxs: number[][];
  /** per step, ∂L/∂(each field of that step's SimpleRnnStep) */
  steps: StepGradient<SimpleRnnStep>[];
}

const SIMPLE_RNN_SPEC: CellSpec = { weights: ['W'], vectors: ['b'] };

interface Flat {
  H: number;
  D: number;
  T: number;
  W: Float64Array;
  b: Float64Array;
  xs: Float64Array;
  h0: Float64Array;
  z: Float64Array;
  h: Float64Array;
}

function forward(params: SimpleRnnParams, xs: number[][], init: { h0?: number[] }): Flat {
  const { H, D, T } = checkCell(SIMPLE_RNN_SPEC, params, xs);
  checkInit(init, ['h0'], H);
  const run: Flat = {
    H, D, T,
    W: flattenMatrix(params.W, H, H + D),
    b: flattenVector(params.b, H),
    xs: flattenRows(xs, D),
    h0: flattenVector(init.h0, H),
    z: new Float64Array(T * H),
    h: new Float64Array(T * H),
  };
  for (let t = 0; t < T; t++) {
    const hPrev = t === 0 ? run.h0 : run.h;
    affineInto(run.z, t * H, run.W, run.b, hPrev, t === 0 ? 0 : (t - 1) * H, run.xs, t * D, H, D);
    for (let k = t * H; k < (t + 1) * H; k++) run.h[k] = Math.tanh(run.z[k]);
  }
  return run;
}

/**
 * Runs the simple RNN over xs from h0 (zeros by default); one SimpleRnnStep per input. Validates every
 * shape and value (errors name the parameter, e.g. "W row 0 …", "x[2] …", "h0 …"); never mutates its inputs.
 */
export function runSimpleRnn(params: SimpleRnnParams, xs: number[][], init: { h0?: number[] } = {}): SimpleRnnStep[] {
  const run = forward(params, xs, init);
  const { H, D, T } = run;
  const steps = new Array<SimpleRnnStep>(T);
  let hPrev = sliceToArray(run.h0, 0, H);
  for (let t = 0; t < T; t++) {
    const h = sliceToArray(run.h, t * H, H);
    steps[t] = { x: sliceToArray(run.xs, t * D, D), hPrev, z: sliceToArray(run.z, t * H, H), h };
    hPrev = h;
  }
  return steps;
}

/**
 * Exact gradients of L = Σ_t dh[t]·h_t by backpropagation through time. Each step multiplies the
 * gradient on h_t by ∂h_t/∂h_{t-1} = diag(1 − h_t²)·W_h (W_h = W's first H columns), which is why it
 * vanishes or explodes over long gaps. Validates like runSimpleRnn and names dh[t]; never mutates its inputs.
 */
export function gradSimpleRnn(
  params: SimpleRnnParams,
  xs: number[][],
  dh: number[][],
  init: { h0?: number[] } = {},
): SimpleRnnGradients {
  const run = forward(params, xs, init);
  const { H, D, T } = run;
  checkUpstream('dh', dh, T, H);
  const upstream = flattenRows(dh, H);
  const dW = new Float64Array(H * (H + D));
  const db = new Float64Array(H);
  const dhs = new Float64Array(T * H);
  const dz = new Float64Array(T * H);
  const dxs = new Float64Array(T * D);
  let dhNext = new Float64Array(H);
  for (let t = T - 1; t >= 0; t--) {
    for (let u = 0; u < H; u++) {
      const k = t * H + u;
      dhs[k] = upstream[k] + dhNext[u];
      dz[k] = dhs[k] * (1 - run.h[k] * run.h[k]);
    }
    dhNext = new Float64Array(H);
    const hPrev = t === 0 ? run.h0 : run.h;
    affineBackward(run.W, dz, t * H, hPrev, t === 0 ? 0 : (t - 1) * H, run.xs, t * D, dW, db, dhNext, 0, dxs, t * D, H, D);
  }
  const rows = (buffer: Float64Array, width: number): number[][] =>
    Array.from({ length: T }, (_, t) => sliceToArray(buffer, t * width, width));
  const dhRows = rows(dhs, H);
  const dxRows = rows(dxs, D);
  const dh0 = Array.from(dhNext);
  return {
    dW: toMatrix(dW, H, H + D),
    db: Array.from(db),
    dh0,
    dhs: dhRows,
    dxs: dxRows,
    steps: dhRows.map((dhT, t) => ({
      x: dxRows[t],
      hPrev: t === 0 ? dh0 : dhRows[t - 1],
      z: sliceToArray(dz, t * H, H),
      h: dhT,
    })),
  };
}
