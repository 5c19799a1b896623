/**
 * A fraction in [0, 1] as a percentage with digits − 3 decimals (whole percent at the default 3 digits).
 * Never rounds a value that is not exactly 0 or 1 to "0%" or "100%": a gate that is almost shut still
 * lets something through, so it gains a decimal or becomes "<0.1%" / ">99.9%". Pure.
 */
export function formatPercent(fraction: number, digits: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const percent = fraction * 100;
  const base = Math.max(0, digits - 3);
  for (const decimals of [base, base + 1]) {
    const text = percent.toFixed(decimals);
    const shown = Number(text);
    if ((shown !== 0 || percent === 0) && (shown !== 100 || percent === 100)) return `${text}%`;
  }
  const edge = (10 ** -(base + 1)).toFixed(base + 1);
  return percent < 50 ? `<${edge}%` : `>${(100 - Number(edge)).toFixed(base + 1)}%`;
}
