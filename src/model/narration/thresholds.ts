/** How open a gate is, in words: the bands the narration chooses its wording from. */
export type GateBand = 'shut' | 'mostlyClosed' | 'half' | 'mostlyOpen' | 'open';

/**
 * Lower edges of the gate bands, each inclusive: [0, 0.1) shut, [0.1, 0.4) mostly closed, [0.4, 0.6)
 * about half, [0.6, 0.9) mostly open, [0.9, 1] open. Roughly fifths, with the outer bands narrow because
 * "shut" and "open" should only be said when the gate really is near 0 or 1.
 */
export const GATE_BAND_EDGES = { mostlyClosed: 0.1, half: 0.4, mostlyOpen: 0.6, open: 0.9 } as const;

/** |ΔC| below this is "barely changes": a hundredth is ten steps of the default 3-decimal display. */
export const CELL_STILL = 0.01;

/** |C| below this counts as an empty memory: it displays as 0.000 or 0.001 at the default precision. */
export const NEAR_ZERO = 0.001;

/** |C̃| below this is a candidate "close to zero": whatever the input gate does, it writes almost nothing. */
export const CANDIDATE_NEUTRAL = 0.05;

/**
 * The kept memory f·C_{t−1} and the write i·C̃ "cancel out" when they have opposite signs and the sum
 * keeps less than this fraction of the larger of the two.
 */
export const CANCEL_RATIO = 0.1;

/** Comparisons with "earlier in the sentence" need at least this many earlier steps to mean anything. */
export const MIN_EARLIER_STEPS = 2;

/** The wording band of a gate value. Pure. */
export function gateBand(value: number): GateBand {
  if (value >= GATE_BAND_EDGES.open) return 'open';
  if (value >= GATE_BAND_EDGES.mostlyOpen) return 'mostlyOpen';
  if (value >= GATE_BAND_EDGES.half) return 'half';
  if (value >= GATE_BAND_EDGES.mostlyClosed) return 'mostlyClosed';
  return 'shut';
}
