import { formatNumber } from '../../../tex';
import { superscript } from './logAxis';

/**
 * A gradient as text: fixed `digits` decimals when that shows it to three significant figures or so
 * (0.01 ≤ |x| < 10⁴), otherwise 2.43 × 10⁻¹⁵⁸ with three significant figures; exact 0 as "0".
 * Typographic minus throughout. Pure.
 */
export function formatMagnitude(value: number, digits: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 0.01 && magnitude < 1e4) return formatNumber(value, digits);
  const exponent = Math.floor(Math.log10(magnitude));
  let mantissa = magnitude / 10 ** exponent;
  let shownExponent = exponent;
  // 9.996 × 10⁻⁵ rounds to 10.00: carry it into the exponent.
  if (Number(mantissa.toFixed(2)) >= 10) {
    mantissa /= 10;
    shownExponent += 1;
  }
  const sign = value < 0 ? '\u2212' : '';
  return `${sign}${mantissa.toFixed(2)} × 10${superscript(shownExponent)}`;
}

/** A vector of gradients: one entry as is, several in brackets separated by commas. Pure. */
export function formatVector(values: readonly number[], digits: number): string {
  const parts = values.map((value) => formatMagnitude(value, digits));
  return parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
}
