import type { GruStep, LstmStep } from '../core';
import { gateColor, inkOn, QUANTITY_VAR, signedColor } from './colorScales';

/** The per-step quantities a heatmap row can show, named as in LstmStep (six) and GruStep (z, r, h̃, h). */
export type HeatmapQuantity = keyof Pick<LstmStep, 'f' | 'i' | 'cTilde' | 'o' | 'c' | 'h'> | keyof Pick<GruStep, 'z' | 'r' | 'hTilde'>;

/** A step of any cell the heatmap draws. */
export type HeatmapStep = LstmStep | GruStep;

/** How a quantity is coloured: gates over [0, 1] in their own hue, the rest on the shared diverging scale. */
export type HeatmapRange = 'gate' | 'signed';

/** The most hidden units the timeline draws per quantity before it says how many it left out. */
export const TIMELINE_MAX_UNITS = 8;

/** Each quantity's own colour: the theme's custom property, so the heatmap follows the theme. */
export const QUANTITY_COLOR: Readonly<Record<HeatmapQuantity, string>> = {
  f: QUANTITY_VAR.forget,
  i: QUANTITY_VAR.input,
  cTilde: QUANTITY_VAR.candidate,
  o: QUANTITY_VAR.output,
  c: QUANTITY_VAR.cell,
  h: QUANTITY_VAR.hidden,
  // The GRU's gates borrow the LSTM gate they resemble until a theme gives them their own colour.
  z: `var(--update, ${QUANTITY_VAR.input})`,
  r: `var(--reset, ${QUANTITY_VAR.forget})`,
  hTilde: QUANTITY_VAR.candidate,
};

/** Which hidden units a heatmap shows: the first `max` of them, and whether some were left out. */
export interface ShownUnits {
  /** 0-based unit indices, in order */
  units: number[];
  /** the hidden size H */
  total: number;
  truncated: boolean;
}

/** The units to draw for hidden size H: 0..min(H, max)−1. Pure. */
export function shownUnits(hiddenSize: number, max: number = TIMELINE_MAX_UNITS): ShownUnits {
  const count = Math.max(0, Math.min(hiddenSize, max));
  return { units: Array.from({ length: count }, (_, unit) => unit), total: hiddenSize, truncated: hiddenSize > count };
}

/** A cell's fill and the ink that reads on it. */
export interface CellPaint {
  background: string;
  ink: string;
}

/**
 * A painter for one heatmap row: value → fill and contrasting ink. The d3 scale is built once per call,
 * so callers make one painter per row, not one per cell. Returns a pure function.
 */
export function cellPainter(range: HeatmapRange, gateHex: string): (value: number) => CellPaint {
  const scale = range === 'gate' ? gateColor(gateHex) : signedColor();
  return (value: number) => paintOn(Number.isFinite(value) ? scale(value) : '#ffffff');
}

/**
 * Fills come from a few thousand mixes (each colour at 0.1 % steps), while a long sentence paints ~10,000
 * cells on every edit: each fill's paint is made once and shared, which saves the ink computation and
 * the garbage of a new object per cell. Bounded, in case fills ever stop repeating.
 */
const PAINT_CACHE_LIMIT = 20_000;
const paintCache = new Map<string, CellPaint>();

function paintOn(background: string): CellPaint {
  let paint = paintCache.get(background);
  if (!paint) {
    if (paintCache.size >= PAINT_CACHE_LIMIT) paintCache.clear();
    paint = Object.freeze({ background, ink: inkOn(background) });
    paintCache.set(background, paint);
  }
  return paint;
}

/**
 * The fill and ink of every shown cell: paint[row][step], rows ordered quantity by quantity and, within a
 * quantity, unit by unit. Pure.
 */
export function heatmapPaint(
  steps: readonly HeatmapStep[],
  rows: readonly { quantity: HeatmapQuantity; range: HeatmapRange }[],
  units: readonly number[],
): CellPaint[][] {
  return rows.flatMap(({ quantity, range }) => {
    const paint = cellPainter(range, QUANTITY_COLOR[quantity]);
    return units.map((unit) => steps.map((step) => paint(heatmapValue(step, quantity, unit))));
  });
}

/** A quantity's value for one unit at a step, NaN when that cell has no such quantity. Pure. */
export function heatmapValue(step: HeatmapStep, quantity: HeatmapQuantity, unit: number): number {
  const values = (step as unknown as Partial<Record<HeatmapQuantity, number[]>>)[quantity];
  return values?.[unit] ?? Number.NaN;
}

/**
 * The step at which the memory moves the most, Σ_k |C_t − C_{t−1}| (for the GRU, whose memory is h,
 * Σ_k |h_t − h_{t−1}|); −1 for an empty trace. Pure.
 */
export function largestCellChange(steps: readonly HeatmapStep[]): number {
  let best = -1;
  let bestChange = -Infinity;
  steps.forEach((step, t) => {
    const [now, before] = 'c' in step ? [step.c, step.cPrev] : [step.h, step.hPrev];
    const change = now.reduce((sum, value, unit) => sum + Math.abs(value - before[unit]), 0);
    if (change > bestChange) {
      best = t;
      bestChange = change;
    }
  });
  return best;
}

/**
 * The scroll offset that brings a column fully into view beside a sticky label column of `stickyWidth`,
 * moving as little as possible; the current offset when it is already visible. Pure.
 */
export function revealScrollLeft(
  scrollLeft: number,
  viewportWidth: number,
  stickyWidth: number,
  columnStart: number,
  columnWidth: number,
): number {
  const visibleStart = scrollLeft + stickyWidth;
  const visibleEnd = scrollLeft + viewportWidth;
  if (columnStart < visibleStart) return Math.max(0, columnStart - stickyWidth);
  if (columnStart + columnWidth > visibleEnd) return columnStart + columnWidth - viewportWidth;
  return scrollLeft;
}

/** A position in a keyboard grid: row 0 is the header row, columns are steps. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where an arrow, Home or End key moves focus in a rows × cols grid, clamped to its edges; null for
 * any other key. Home and End go to the first and last column of the same row. Pure.
 */
export function gridMove(key: string, from: GridPosition, rows: number, cols: number): GridPosition | null {
  const clampRow = (row: number) => Math.min(Math.max(row, 0), rows - 1);
  const clampCol = (col: number) => Math.min(Math.max(col, 0), cols - 1);
  switch (key) {
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'Home':
      return { row: from.row, col: 0 };
    case 'End':
      return { row: from.row, col: cols - 1 };
    default:
      return null;
  }
}
