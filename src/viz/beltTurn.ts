import type { BeltOrientation } from './beltLayout';

/** Swaps x and y: turns a drawing placed in flow coordinates so its belt runs top to bottom. */
const TURN = 'matrix(0 1 1 0 0 0)';

/** The transform of the group holding a drawing placed in flow coordinates: none in landscape, the turn in portrait. Pure. */
export function drawingTransform(orientation: BeltOrientation): string | undefined {
  return orientation === 'portrait' ? TURN : undefined;
}

/**
 * The transform that puts upright text at a flow point inside the turned group: the turn is its own
 * inverse, so turning again at the point leaves the text readable and unmirrored. Pure.
 */
export function uprightAt(x: number, y: number, orientation: BeltOrientation): string {
  return orientation === 'portrait' ? `translate(${x} ${y}) ${TURN}` : `translate(${x} ${y})`;
}

/**
 * The unit the belt's labels speak of when the reader has not chosen one: the one whose state changed
 * most at this step (|C_t − C_{t−1}| for the LSTM, |h_t − h_{t−1}| for the GRU), among the drawn lanes;
 * the first on a tie. Pure.
 */
export function unitOfLargestChange(now: readonly number[], before: readonly number[], lanes: number): number {
  let best = 0;
  for (let unit = 1; unit < Math.min(lanes, now.length); unit++) {
    if (Math.abs(now[unit] - before[unit]) > Math.abs(now[best] - before[best])) best = unit;
  }
  return best;
}

/** Font sizes of the belt's text in viewBox units, per orientation: the one place they are set (CSS reads them as custom properties and multiplies by --belt-text-scale). */
export const BELT_TEXT = {
  landscape: { label: 17, symbol: 19, small: 13, name: 11, packet: 15 },
  portrait: { label: 17, symbol: 19, small: 16, name: 15.5, packet: 16 },
} as const satisfies Record<BeltOrientation, Record<string, number>>;

/** The custom properties that carry BELT_TEXT to the stylesheet, for an orientation. Pure. */
export function beltTextProperties(orientation: BeltOrientation): Record<string, string> {
  return Object.fromEntries(Object.entries(BELT_TEXT[orientation]).map(([role, size]) => [`--belt-font-${role}`, `${size}px`]));
}
