import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { sigmoid, tanh } from '../core';

/** The two squashing functions the LSTM uses. */
export type ActivationKind = 'sigmoid' | 'tanh';

/** The range of z every activation plot shows, as in the seed article's plot of σ on [−5, 5]. */
export const Z_EXTENT: readonly [number, number] = [-5, 5];

/** Space around the plotting area, in viewBox units, for tick labels and axis titles. */
export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Everything needed to draw one activation plot: scales, the curve, ticks and gridlines. */
export interface ActivationPlotGeometry {
  kind: ActivationKind;
  width: number;
  height: number;
  margin: PlotMargin;
  /** z → horizontal position */
  x: ScaleLinear<number, number>;
  /** activation value → vertical position (down the page) */
  y: ScaleLinear<number, number>;
  /** the curve as an SVG path over Z_EXTENT */
  path: string;
  xTicks: number[];
  yTicks: number[];
  /** activation values that get a horizontal gridline: 0, ½ and 1 for σ; −1, 0 and 1 for tanh */
  yGridlines: number[];
}

/** Where a marked pre-activation lands on its curve. */
export interface CurvePoint {
  z: number;
  /** the activation of the true z */
  value: number;
  x: number;
  y: number;
  /** −1 or 1 when z lies left or right of Z_EXTENT and the point was pinned to that edge, else 0 */
  offPlot: -1 | 0 | 1;
}

/** The activation function itself. Pure. */
export function activation(kind: ActivationKind): (z: number) => number {
  return kind === 'sigmoid' ? sigmoid : tanh;
}

const DEFAULT_MARGIN: PlotMargin = { top: 14, right: 14, bottom: 40, left: 46 };
// Enough samples that straight segments look smooth at any plot size we draw.
const SAMPLES = 201;

/** Scales, curve path, ticks and gridlines of an activation plot in a width × height box. Pure. */
export function activationPlot(
  kind: ActivationKind,
  width: number,
  height: number,
  margin: PlotMargin = DEFAULT_MARGIN,
): ActivationPlotGeometry {
  const [zMin, zMax] = Z_EXTENT;
  const yExtent: [number, number] = kind === 'sigmoid' ? [0, 1] : [-1, 1];
  const x = scaleLinear().domain([zMin, zMax]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain(yExtent).range([height - margin.bottom, margin.top]);
  const squash = activation(kind);
  const zs = Array.from({ length: SAMPLES }, (_, k) => zMin + ((zMax - zMin) * k) / (SAMPLES - 1));
  const path =
    line<number>()
      .x((z) => x(z))
      .y((z) => y(squash(z)))(zs) ?? '';
  const yGridlines = kind === 'sigmoid' ? [0, 0.5, 1] : [-1, 0, 1];
  return { kind, width, height, margin, x, y, path, xTicks: x.ticks(5), yTicks: yGridlines, yGridlines };
}

/**
 * A pre-activation z placed on the plot's curve. A z beyond Z_EXTENT is pinned to the nearest edge
 * (on the curve there) and flagged, so the drawing can point off the plot; value stays the true one. Pure.
 */
export function curvePoint(plot: ActivationPlotGeometry, z: number): CurvePoint {
  const [zMin, zMax] = Z_EXTENT;
  const offPlot = z < zMin ? -1 : z > zMax ? 1 : 0;
  const shownZ = Math.min(Math.max(z, zMin), zMax);
  const squash = activation(plot.kind);
  return { z, value: squash(z), x: plot.x(shownZ), y: plot.y(squash(shownZ)), offPlot };
}

/**
 * Vertical label positions near the given ys, in the same order, at least `gap` apart and inside
 * [top, bottom]: labels are pushed apart greedily from top to bottom, then shifted back up if they
 * ran past the bottom. Pure.
 */
export function spreadLabels(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  const placed = order.map(({ y }) => y);
  for (let k = 0; k < placed.length; k++) {
    placed[k] = Math.max(placed[k], top, k > 0 ? placed[k - 1] + gap : -Infinity);
  }
  for (let k = placed.length - 1; k >= 0; k--) {
    placed[k] = Math.min(placed[k], k < placed.length - 1 ? placed[k + 1] - gap : bottom);
  }
  const result = new Array<number>(ys.length);
  order.forEach(({ index }, k) => {
    result[index] = placed[k];
  });
  return result;
}
