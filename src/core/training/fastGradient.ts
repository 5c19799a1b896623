/**
 * The trainer's inner loop: the same loss and gradient as classifierLossAndGradient, computed on the
 * classifier's flat parameter vector with the engine gradLstm itself runs (lstmForward, lstmBackward),
 * minus gradLstm's per-call validation and nested-array copies. Training calls it thousands of times on
 * parameters and samples validated once up front; tests check it against classifierLossAndGradient.
 */
import { lstmBackward, lstmForward, type LstmWeights } from '../lstmEngine';
import { binaryCrossEntropy } from './readout';
import type { LabelledSequence } from './classifier';

/** A sample's inputs up to and including the read step, flattened once (T × D, row-major). */
export interface FlatSample {
  xs: Float64Array;
  steps: number;
  target: number;
}

/** Views into a flat parameter vector (packClassifier's order) as engine weights; shares its memory. */
export function flatWeights(params: Float64Array, H: number, D: number): LstmWeights {
  const matrix = H * (H + D);
  const view = (start: number, length: number) => params.subarray(start, start + length);
  const biases = 4 * matrix;
  return {
    H,
    D,
    Wf: view(0, matrix),
    Wi: view(matrix, matrix),
    Wc: view(2 * matrix, matrix),
    Wo: view(3 * matrix, matrix),
    bf: view(biases, H),
    bi: view(biases + H, H),
    bc: view(biases + 2 * H, H),
    bo: view(biases + 3 * H, H),
    peephole: null,
    coupled: false,
  };
}

/**
 * Adds scale × ∂L/∂θ of one sample into `grad` (packClassifier's order) and returns its loss. Reads
 * `params` and `sample`; mutates only `grad`.
 */
export function accumulateSampleGradient(
  params: Float64Array,
  weights: LstmWeights,
  sample: FlatSample,
  grad: Float64Array,
  scale: number,
): number {
  const { H, D } = weights;
  const T = sample.steps;
  const zeros = new Float64Array(H);
  const run = lstmForward(weights, sample.xs, T, zeros, zeros);
  const readoutStart = 4 * H * (H + D) + 4 * H;
  const last = (T - 1) * H;
  let logit = params[readoutStart + H];
  for (let u = 0; u < H; u++) logit += params[readoutStart + u] * run.h[last + u];
  const delta = 1 / (1 + Math.exp(-logit)) - sample.target;
  // The readout sees only h at the last step run: the upstream gradient is zero everywhere else.
  const dh = new Float64Array(T * H);
  for (let u = 0; u < H; u++) {
    dh[last + u] = delta * params[readoutStart + u];
    grad[readoutStart + u] += scale * (delta * run.h[last + u]);
  }
  grad[readoutStart + H] += scale * delta;
  const g = lstmBackward(weights, run, dh);
  const matrix = H * (H + D);
  const add = (source: Float64Array, offset: number) => {
    for (let k = 0; k < source.length; k++) grad[offset + k] += scale * source[k];
  };
  add(g.dWf, 0);
  add(g.dWi, matrix);
  add(g.dWc, 2 * matrix);
  add(g.dWo, 3 * matrix);
  const biases = 4 * matrix;
  add(g.dbf, biases);
  add(g.dbi, biases + H);
  add(g.dbc, biases + 2 * H);
  add(g.dbo, biases + 3 * H);
  return binaryCrossEntropy(logit, sample.target);
}

/**
 * A labelled sequence checked and flattened for the inner loop: rows 0…readAt, each D finite numbers.
 * Throws an Error naming the sample's problem (the inner loop trusts what this returns). Pure.
 */
export function flatSample(sample: LabelledSequence, D: number, where = 'sample'): FlatSample {
  const { xs, readAt, target } = sample;
  if (!Array.isArray(xs) || xs.length === 0) throw new Error(`${where}.xs must be a non-empty array of feature vectors`);
  if (!Number.isInteger(readAt) || readAt < 0 || readAt >= xs.length) {
    throw new Error(`${where}.readAt must be a step of the sentence (0…${xs.length - 1}), got ${readAt}`);
  }
  if (target !== 0 && target !== 1) throw new Error(`${where}.target must be 0 or 1, got ${String(target)}`);
  const steps = readAt + 1;
  const flat = new Float64Array(steps * D);
  for (let t = 0; t < steps; t++) {
    const row = xs[t];
    if (!row || row.length !== D) throw new Error(`${where}.xs[${t}] has ${row?.length ?? 0} features, expected D=${D}`);
    for (let j = 0; j < D; j++) {
      if (!Number.isFinite(row[j])) throw new Error(`${where}.xs[${t}][${j}] must be a finite number, got ${row[j]}`);
      flat[t * D + j] = row[j];
    }
  }
  return { xs: flat, steps, target };
}
