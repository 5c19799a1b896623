import type { LstmParams } from '../core';
import { seededUniform } from '../core/training';

/**
 * A seeded pseudo-random generator (mulberry32): returns a function yielding numbers in [0, 1).
 * The same seed always gives the same sequence; the returned function advances its own private state
 * and touches nothing else. It is the core's generator (training uses it too), so one seed means the
 * same numbers everywhere.
 */
export const mulberry32: (seed: number) => () => number = seededUniform;

/**
 * Reproducible LSTM parameters for a given seed: every weight (H × (H + D)) and bias (H) drawn uniformly
 * from [−scale, scale]. Throws an Error naming the bad argument. Pure.
 */
export function randomLstmParams(hiddenSize: number, inputSize: number, seed: number, scale = 0.5): LstmParams {
  checkCount('hiddenSize', hiddenSize, 1);
  checkCount('inputSize', inputSize, 0);
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  if (!Number.isFinite(scale) || scale < 0) throw new Error(`scale must be a finite number ≥ 0, got ${scale}`);

  const next = mulberry32(seed);
  const draw = () => (2 * next() - 1) * scale;
  const matrix = () => Array.from({ length: hiddenSize }, () => Array.from({ length: hiddenSize + inputSize }, draw));
  const vector = () => Array.from({ length: hiddenSize }, draw);
  // Fixed draw order (weights f, i, c, o, then biases) so a seed means the same parameters forever.
  const Wf = matrix();
  const Wi = matrix();
  const Wc = matrix();
  const Wo = matrix();
  return { Wf, Wi, Wc, Wo, bf: vector(), bi: vector(), bc: vector(), bo: vector() };
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${value}`);
}
