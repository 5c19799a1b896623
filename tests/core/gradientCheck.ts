/**
 * Finite-difference machinery for the gradient tests. Not a test file itself.
 *
 * Derivatives are estimated with the five-point central stencil
 *   f'(x) ≈ [f(x − 2ε) − 8 f(x − ε) + 8 f(x + ε) − f(x + 2ε)] / (12 ε),
 * whose truncation error is ε⁴/30 · f⁽⁵⁾ and whose rounding error is about 1.5 · u · |L| / ε
 * (u = 1.1e-16, |L| the size of the loss terms being differenced). With ε = 1e-3 and the weight scales
 * used here (≤ 2, so derivatives of every order stay O(1)–O(10)), both are ≤ 1e-11 for |L| ≲ 10.
 * We therefore accept |analytic − numeric| ≤ RTOL · max(|analytic|, |numeric|) + ATOL with
 * RTOL = 1e-6 and ATOL = 1e-9: the absolute floor is 100× the worst error either term can make,
 * and it only matters for gradients that are themselves below 1e-3. A wrong formula (a missing
 * path through a later step, a sign, a swapped gate) is off by far more than that.
 */
import { expect } from 'vitest';

export const RTOL = 1e-6;
export const ATOL = 1e-9;
const EPSILON = 1e-3;

/** The five-point central estimate of d/dδ loss(δ) at δ = 0. */
export function centralDifference(loss: (delta: number) => number, epsilon = EPSILON): number {
  return (loss(-2 * epsilon) - 8 * loss(-epsilon) + 8 * loss(epsilon) - loss(2 * epsilon)) / (12 * epsilon);
}

/** Running worst error ratio |a − n| / (RTOL·max + ATOL): must stay ≤ 1. */
export interface Tally {
  worstRatio: number;
  worstAbs: number;
  checked: number;
}

export function newTally(): Tally {
  return { worstRatio: 0, worstAbs: 0, checked: 0 };
}

/** Fails naming `where` when analytic and numeric differ beyond the tolerance; records the margin. */
export function expectGradientClose(analytic: number, numeric: number, where: string, tally: Tally): void {
  const diff = Math.abs(analytic - numeric);
  const bound = RTOL * Math.max(Math.abs(analytic), Math.abs(numeric)) + ATOL;
  tally.worstRatio = Math.max(tally.worstRatio, diff / bound);
  tally.worstAbs = Math.max(tally.worstAbs, diff);
  tally.checked++;
  if (!(diff <= bound)) {
    expect.fail(`${where}: analytic ${analytic}, finite difference ${numeric} (|Δ| = ${diff.toExponential(2)}, bound ${bound.toExponential(2)})`);
  }
}

type Path = (string | number)[];

/** Every number inside nested plain objects and arrays, with the path that reaches it. */
export function numericLeaves(value: unknown, path: Path = []): [Path, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, k) => numericLeaves(item, [...path, k]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numericLeaves(item, [...path, key]));
  }
  return [];
}

/** A deep copy of `value` with `delta` added to the number at `path` (the original is untouched). */
export function withDelta<T>(value: T, path: Path, delta: number): T {
  const copy = structuredClone(value) as unknown;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  node[last] = (node[last] as number) + delta;
  return copy as T;
}

/** The number at `path` inside nested objects and arrays. */
export function valueAt(value: unknown, path: Path): number {
  let node = value as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  const leaf: unknown = node;
  if (typeof leaf !== 'number') throw new Error(`no number at ${path.join('.')}`);
  return leaf;
}

/** Σ_t dh[t] · hs[t]: the loss every gradient in the core is the gradient of. */
export function weightedSum(dh: number[][], hs: number[][]): number {
  let sum = 0;
  for (let t = 0; t < dh.length; t++) for (let u = 0; u < dh[t].length; u++) sum += dh[t][u] * hs[t][u];
  return sum;
}

/**
 * Checks every entry of params, xs and the initial state against its finite difference: params.Wf[r][c]
 * against grads.dWf[r][c], xs[t][j] against grads.dxs[t][j], init.h0[u] against grads.dh0[u].
 */
export function checkInputGradients(
  inputs: { params: object; xs: number[][]; init: object },
  grads: object,
  loss: (params: object, xs: number[][], init: object) => number,
  label: string,
  tally: Tally,
): void {
  const { params, xs, init } = inputs;
  for (const [path] of numericLeaves(params)) {
    const numeric = centralDifference((d) => loss(withDelta(params, path, d), xs, init));
    const [name, ...rest] = path;
    expectGradientClose(valueAt(grads, [`d${String(name)}`, ...rest]), numeric, `${label} ${path.join('.')}`, tally);
  }
  for (const [path] of numericLeaves(xs)) {
    const numeric = centralDifference((d) => loss(params, withDelta(xs, path, d), init));
    expectGradientClose(valueAt(grads, ['dxs', ...path]), numeric, `${label} xs.${path.join('.')}`, tally);
  }
  for (const [path] of numericLeaves(init)) {
    const numeric = centralDifference((d) => loss(params, xs, withDelta(init, path, d)));
    const [name, ...rest] = path;
    expectGradientClose(valueAt(grads, [`d${String(name)}`, ...rest]), numeric, `${label} init.${path.join('.')}`, tally);
  }
}

/** A perturbation of one intermediate value: add `delta` to node `node` of unit `unit` at step `step`. */
export interface NodeNudge {
  node: string;
  step: number;
  unit: number;
  delta: number;
}

/**
 * Checks the adjoint of every intermediate node (a gate, h_t, c_t…) at every step and unit: the
 * reference forward pass adds the nudge right after computing that node, and everything downstream
 * (later in the same step and all later steps) sees the nudged value.
 */
export function checkNodeGradients(
  nodes: readonly string[],
  T: number,
  H: number,
  referenceLoss: (nudge: NodeNudge) => number,
  adjoint: (node: string, step: number, unit: number) => number,
  label: string,
  tally: Tally,
): void {
  for (const node of nodes) {
    for (let step = 0; step < T; step++) {
      for (let unit = 0; unit < H; unit++) {
        const numeric = centralDifference((delta) => referenceLoss({ node, step, unit, delta }));
        expectGradientClose(adjoint(node, step, unit), numeric, `${label} ∂L/∂${node}[${unit}] at t=${step}`, tally);
      }
    }
  }
}

/**
 * Seeded shapes [H, D, T] for the gradient tests: the extremes (1, 1, 1) and (6, 5, 12) first, then
 * random ones with H 1–6, D 1–5, T 1–12.
 */
export function gradientShapes(rand: () => number, count: number): [number, number, number][] {
  const shapes: [number, number, number][] = [
    [1, 1, 1],
    [6, 5, 12],
    [1, 3, 5],
  ];
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  while (shapes.length < count) shapes.push([int(1, 6), int(1, 5), int(1, 12)]);
  return shapes;
}

/** Weight scales cycled through the cases: near-linear, moderate and gates well into saturation. */
export const GRADIENT_SCALES = [0.5, 1, 2] as const;

/** Set GRAD_VERBOSE=1 to print each case's worst error as a fraction of its tolerance. */
export function reportTally(label: string, tally: Tally): void {
  if (process.env.GRAD_VERBOSE) {
    console.log(`${label}: ${tally.checked} checks, worst |Δ| ${tally.worstAbs.toExponential(2)}, worst |Δ|/tolerance ${tally.worstRatio.toExponential(2)}`);
  }
}
