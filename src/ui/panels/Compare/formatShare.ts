import { formatPercent } from '../Narration/formatPercent';
import { formatMagnitude } from '../Gradients/formatMagnitude';

/**
 * A share of a signal as a percentage: as Narration writes gates (never a false 0 % or 100 %) down to
 * 0.1 %, and below that in scientific notation (4.46 × 10⁻³⁰%), so a vanishing signal keeps its size.
 * Exactly 0 is `zero` (a word such as "nothing"). Pure.
 */
export function formatShare(share: number, digits: number, zero: string): string {
  if (share === 0) return zero;
  if (!Number.isFinite(share) || Math.abs(share) >= 0.001) return formatPercent(share, digits);
  return `${formatMagnitude(share * 100, digits)}%`;
}
