import { useId, useMemo } from 'react';
import { formatNumber } from '../../../tex';
import { fill, useT, type Dictionary } from '../../../i18n';
import { activationPlot, curvePoint, spreadLabels, type ActivationKind, type CurvePoint } from '../../../viz';
import { PlotMarker } from './PlotMarker';
import styles from './ActivationPlots.module.css';

/** A pre-activation to mark on a plot. */
export interface PlotPoint {
  /** stable across steps, so the same node glides to its new place */
  id: string;
  /** e.g. "f", or "f unit 2" when the cell has several units */
  name: string;
  symbol: string;
  /** CSS colour of the quantity */
  color: string;
  z: number;
  /** only labelled points print their value beside them */
  labelled: boolean;
}

interface ActivationPlotProps {
  kind: ActivationKind;
  /** visible caption above the plot */
  caption: string;
  points: readonly PlotPoint[];
  digits: number;
}

// viewBox size: at the smallest width the CSS allows (260px) 13-unit text still renders above 11px.
const WIDTH = 300;
const HEIGHT = 220;
const LABEL_GAP = 16;
const LABEL_OFFSET = 11;
// Labels of points this close to the right edge go on the left, where there is room for them.
const RIGHT_ROOM = 96;

/** One activation function over z ∈ [−5, 5] with the step's pre-activations marked on the curve. */
export function ActivationPlot({ kind, caption, points, digits }: ActivationPlotProps) {
  const words = useT().plots;
  const captionId = useId();
  const plot = useMemo(() => activationPlot(kind, WIDTH, HEIGHT), [kind]);
  const fn = kind === 'sigmoid' ? 'σ' : 'tanh';
  const [left, right] = plot.x.range();
  const [bottom, top] = plot.y.range();
  const tick = (value: number) => formatNumber(value, Number.isInteger(value) ? 0 : 1);

  const placed = points.map((point) => ({ ...point, at: curvePoint(plot, point.z) }));
  const onLeft = (p: (typeof placed)[number]) => p.at.offPlot === 1 || (p.at.offPlot === 0 && p.at.x > right - RIGHT_ROOM);
  const labelY = new Map<string, number>();
  for (const side of [true, false]) {
    const group = placed.filter((p) => p.labelled && onLeft(p) === side);
    const ys = spreadLabels(group.map((p) => p.at.y), LABEL_GAP, top + 6, bottom - 6);
    group.forEach((p, k) => labelY.set(p.id, ys[k]));
  }
  // Labelled markers last, so they sit on top of the extra units' dots.
  const drawOrder = [...placed].sort((a, b) => Number(a.labelled) - Number(b.labelled));

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.figcaption}>
        {caption}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.svg} role="group" aria-labelledby={captionId}>
        <g aria-hidden="true">
          {plot.yGridlines.map((value) => (
            <line key={value} x1={left} x2={right} y1={plot.y(value)} y2={plot.y(value)} className={styles.grid} />
          ))}
          <line x1={plot.x(0)} x2={plot.x(0)} y1={top} y2={bottom} className={styles.grid} />
          <line x1={left} x2={right} y1={bottom} y2={bottom} className={styles.axis} />
          {plot.xTicks.map((value) => (
            <g key={value} transform={`translate(${plot.x(value)}, ${bottom})`}>
              <line y2={5} className={styles.axis} />
              <text y={18} textAnchor="middle" className={styles.tick}>
                {tick(value)}
              </text>
            </g>
          ))}
          {plot.yTicks.map((value) => (
            <text key={value} x={left - 7} y={plot.y(value)} textAnchor="end" dominantBaseline="central" className={styles.tick}>
              {tick(value)}
            </text>
          ))}
          <text x={(left + right) / 2} y={HEIGHT - 5} textAnchor="middle" className={styles.axisTitle}>
            z
          </text>
          <text x={left + 8} y={top + 12} className={styles.axisTitle}>
            {fn}(z)
          </text>
          <path d={plot.path} className={styles.curve} />
          {placed.map((p) => (
            <line
              key={p.id}
              y2={-7}
              className={`${styles.rug} ${styles.marker}`}
              style={{ stroke: p.color, transform: `translate(${p.at.x}px, ${bottom}px)` }}
            />
          ))}
        </g>
        {drawOrder.map((p) => (
          <PlotMarker
            key={p.id}
            point={p.at}
            color={p.color}
            small={!p.labelled}
            {...markerText(p, fn, digits, words, labelY.get(p.id), onLeft(p))}
          />
        ))}
      </svg>
    </figure>
  );
}

/**
 * A marker's description and the text beside it (only where a label row was found for it). The label sits
 * on the marker's left when `atLeft`, with its value and, for a point off the plot, its true z. Pure.
 */
function markerText(
  p: PlotPoint & { at: CurvePoint },
  fn: string,
  digits: number,
  words: Dictionary['plots'],
  labelY: number | undefined,
  atLeft: boolean,
): { title: string; label?: { symbol: string; text: string; dx: number; dy: number; anchor: 'start' | 'end' } } {
  const value = formatNumber(p.at.value, digits);
  const z = formatNumber(p.z, digits);
  const template = p.at.offPlot === 0 ? words.point : p.at.offPlot < 0 ? words.pointOffLeft : words.pointOffRight;
  const title = fill(template, { name: p.name, z, fn, value });
  if (labelY === undefined) return { title };
  return {
    title,
    label: {
      symbol: p.symbol,
      text: p.at.offPlot === 0 ? value : fill(words.offPlotLabel, { value, z }),
      dx: atLeft ? -LABEL_OFFSET : LABEL_OFFSET,
      dy: labelY - p.at.y,
      anchor: atLeft ? 'end' : 'start',
    },
  };
}
