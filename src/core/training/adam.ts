/**
 * Adam (Kingma & Ba, 2015) over one flat parameter vector:
 *   m ← β1·m + (1 − β1)·g,  v ← β2·v + (1 − β2)·g²,  θ ← θ − α·m̂ / (√v̂ + ε)
 * with the bias corrections m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t).
 */

/** Adam's hyper-parameters. */
export interface AdamOptions {
  /** step size α */
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** after each update every parameter is clamped to [−clamp, clamp] (Infinity: no clamp) */
  clamp: number;
}

/** The usual defaults β1 = 0.9, β2 = 0.999, ε = 1e-8, with no clamp; the learning rate is the caller's. */
export const ADAM_DEFAULTS: Omit<AdamOptions, 'learningRate'> = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, clamp: Infinity };

/** Adam's running moments and step count for a vector of `size` parameters. */
export interface AdamState {
  m: Float64Array;
  v: Float64Array;
  /** updates made so far */
  t: number;
}

/** Fresh moments (zeros) for `size` parameters. Pure. */
export function adamState(size: number): AdamState {
  return { m: new Float64Array(size), v: new Float64Array(size), t: 0 };
}

/**
 * One Adam update of `params` by `grad`. Mutates `params` and `state` in place (both belong to the
 * optimiser's owner, and a training step must not allocate); reads `grad` only.
 */
export function adamUpdate(params: Float64Array, grad: Float64Array, state: AdamState, options: AdamOptions): void {
  if (grad.length !== params.length || state.m.length !== params.length) {
    throw new Error(`grad has ${grad.length} entries and the Adam state ${state.m.length}, expected ${params.length}`);
  }
  const { learningRate, beta1, beta2, epsilon, clamp } = options;
  state.t += 1;
  const correction1 = 1 - beta1 ** state.t;
  const correction2 = 1 - beta2 ** state.t;
  const { m, v } = state;
  for (let k = 0; k < params.length; k++) {
    const g = grad[k];
    m[k] = beta1 * m[k] + (1 - beta1) * g;
    v[k] = beta2 * v[k] + (1 - beta2) * g * g;
    const next = params[k] - (learningRate * (m[k] / correction1)) / (Math.sqrt(v[k] / correction2) + epsilon);
    params[k] = next > clamp ? clamp : next < -clamp ? -clamp : next;
  }
}
