const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** An integer written with Unicode subscript digits, e.g. −1 → ₋₁, for symbols inside SVG text. Pure. */
export function subscript(value: number): string {
  const digits = String(Math.abs(Math.trunc(value))).replace(/\d/g, (d) => SUBSCRIPT_DIGITS[Number(d)]);
  return value < 0 ? `₋${digits}` : digits;
}
