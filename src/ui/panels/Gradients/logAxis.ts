/** A base-10 log axis over whole decades, [10^low, 10^high], with exact zeros drawn just below it. */
export interface LogAxis {
  /** exponents of the axis ends: the axis runs from 10^low to 10^high */
  low: number;
  high: number;
  /** exponents with a tick, high first */
  ticks: number[];
  /** position in [0, 1] of a magnitude: 0 at 10^low, 1 at 10^high; an exact 0 (or less) gives ZERO_POSITION */
  position: (magnitude: number) => number;
}

/** Where an exact zero sits: a little below the axis, so it reads as "less than anything shown". */
export const ZERO_POSITION = -0.12;

/** Tick counts above this thin out to every 2nd, 5th, 10th … decade. */
const MAX_TICKS = 7;

/**
 * The whole decades around the positive, finite values (at least `minDecades` of them, ending at or above
 * `atLeast` when given), with ticks on round decade steps. With no positive value, 10⁻¹ … 10⁰. Pure.
 */
export function logAxis(values: readonly number[], options: { minDecades?: number; atLeast?: number } = {}): LogAxis {
  const positive = values.filter((value) => Number.isFinite(value) && value > 0);
  const minDecades = options.minDecades ?? 1;
  let high = positive.length > 0 ? Math.ceil(Math.log10(Math.max(...positive)) - 1e-9) : 0;
  if (options.atLeast !== undefined) high = Math.max(high, Math.ceil(Math.log10(options.atLeast) - 1e-9));
  let low = positive.length > 0 ? Math.floor(Math.log10(Math.min(...positive)) + 1e-9) : high - 1;
  low = Math.min(low, high - minDecades);
  // Math.ceil(−0.3) is −0, which would print as a separate tick key; normalise it.
  high ||= 0;
  low ||= 0;
  const span = high - low;
  const step = [1, 2, 5, 10, 20, 50, 100].find((candidate) => span / candidate <= MAX_TICKS - 1) ?? Math.ceil(span / (MAX_TICKS - 1));
  // Ticks on round exponents (multiples of the step), so a long axis reads 1, 10⁻⁵⁰, 10⁻¹⁰⁰ …
  const ticks: number[] = [];
  for (let exponent = Math.floor(high / step) * step; exponent >= low; exponent -= step) ticks.push(exponent);
  const position = (magnitude: number) => {
    if (!(magnitude > 0)) return ZERO_POSITION;
    const clamped = Math.min(Math.max(Math.log10(magnitude), low), high);
    return (clamped - low) / span;
  };
  return { low, high, ticks, position };
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** An integer in superscript digits, e.g. −12 → ⁻¹². Pure. */
export function superscript(value: number): string {
  return String(Math.trunc(value)).replace(/[-0-9]/g, (character) => SUPERSCRIPT[character]);
}

/** A decade as a tick label: 1, 10, 0.1, 0.01 near 1, otherwise 10⁻¹² and the like. Pure. */
export function decadeLabel(exponent: number): string {
  if (exponent >= -2 && exponent <= 2) return String(10 ** exponent);
  return `10${superscript(exponent)}`;
}
