/** Display precision used everywhere unless the user picks another. */
export const DEFAULT_DIGITS = 3;

/**
 * Formats a value for display with a fixed number of decimals and a typographic minus sign. The core
 * keeps full precision; this runs only at the edge. Pure.
 */
export function formatNumber(value: number, digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  const text = Math.abs(value).toFixed(digits);
  return value < 0 ? `\u2212${text}` : text;
}

/** The same number as TeX source: ASCII minus (KaTeX typesets it as a minus sign). Pure. */
export function texNumber(value: number, digits: number = DEFAULT_DIGITS): string {
  if (!Number.isFinite(value)) return `\\text{${String(value)}}`;
  const text = Math.abs(value).toFixed(digits);
  return value < 0 ? `-${text}` : text;
}

/** A number as a factor in a product: negative values in parentheses, e.g. (−0.085). Pure. */
export function texFactor(value: number, digits: number = DEFAULT_DIGITS): string {
  const text = texNumber(value, digits);
  return value < 0 ? `(${text})` : text;
}

/** A vector as TeX: a bare number when it has one entry, otherwise a column of numbers. Pure. */
export function texVector(values: ArrayLike<number>, digits: number = DEFAULT_DIGITS): string {
  if (values.length === 1) return texNumber(values[0], digits);
  const rows = Array.from(values, (v) => texNumber(v, digits)).join(' \\\\ ');
  return `\\begin{bmatrix} ${rows} \\end{bmatrix}`;
}
