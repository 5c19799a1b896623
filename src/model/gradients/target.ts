/** Which hidden units a scalar reads: one (0-based) or all of them summed. */
export type GradientUnit = number | 'all';

/**
 * The scalar L whose gradient flows back through time, read at the last word's hidden state h_T:
 * `hidden` is L = Σ_k h_T,k over the chosen units; `squaredError` is L = ½ Σ_k (h_T,k − target)².
 */
export type GradientTarget =
  | { kind: 'hidden'; unit: GradientUnit }
  | { kind: 'squaredError'; unit: GradientUnit; target: number };

/** The default scalar: h at the last word, summed over the units. */
export const DEFAULT_TARGET: GradientTarget = { kind: 'hidden', unit: 'all' };

function unitsOf(unit: GradientUnit, hiddenSize: number): number[] {
  if (unit === 'all') return Array.from({ length: hiddenSize }, (_, k) => k);
  if (!Number.isInteger(unit) || unit < 0 || unit >= hiddenSize) throw new Error(`unit ${unit} is not one of the ${hiddenSize} hidden units`);
  return [unit];
}

/** L for the last hidden state. Throws on a unit outside h. Pure. */
export function lossOf(target: GradientTarget, hLast: readonly number[]): number {
  const units = unitsOf(target.unit, hLast.length);
  if (target.kind === 'hidden') return units.reduce((sum, k) => sum + hLast[k], 0);
  return units.reduce((sum, k) => sum + 0.5 * (hLast[k] - target.target) ** 2, 0);
}

/** ∂L/∂h_T for the last hidden state (zeros on units L does not read). Throws on a unit outside h. Pure. */
export function lossGradient(target: GradientTarget, hLast: readonly number[]): number[] {
  const units = new Set(unitsOf(target.unit, hLast.length));
  return hLast.map((value, k) => (units.has(k) ? (target.kind === 'hidden' ? 1 : value - target.target) : 0));
}

/** The upstream gradient on every h_t for the core's grad functions: zeros except ∂L/∂h_T at the last step. Pure. */
export function upstreamSequence(target: GradientTarget, hs: readonly (readonly number[])[]): number[][] {
  return hs.map((h, t) => (t === hs.length - 1 ? lossGradient(target, h) : h.map(() => 0)));
}
