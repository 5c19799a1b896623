import { useId } from 'react';
import type { CurvePoint } from '../../../viz';
import styles from './ActivationPlots.module.css';

interface PlotMarkerProps {
  point: CurvePoint;
  /** CSS colour of the quantity */
  color: string;
  /** accessible description with the true values */
  title: string;
  /** text beside the marker; none for the extra units of a multi-unit cell */
  label?: { symbol: string; text: string; dx: number; dy: number; anchor: 'start' | 'end' };
  /** smaller markers for the units after the first */
  small: boolean;
}

// Arrowheads pointing off the plot, drawn around the marker's own origin.
const OFF_LEFT = 'M 7 -7 L -7 0 L 7 7 Z';
const OFF_RIGHT = 'M -7 -7 L 7 0 L -7 7 Z';

/**
 * One pre-activation on its curve: a dot (or an arrowhead when it lies off the plot), its label and a
 * <title>. Positioned by a CSS transform so the browser glides it to a new step's place.
 */
export function PlotMarker({ point, color, title, label, small }: PlotMarkerProps) {
  // Named through its <title> explicitly: not every accessibility API reads an SVG title as the name.
  const titleId = useId();
  return (
    <g
      className={styles.marker}
      style={{ transform: `translate(${point.x}px, ${point.y}px)` }}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{title}</title>
      {point.offPlot === 0 ? (
        <circle r={small ? 4 : 6.5} className={styles.dot} style={{ fill: color }} />
      ) : (
        <path d={point.offPlot < 0 ? OFF_LEFT : OFF_RIGHT} className={styles.dot} style={{ fill: color }} />
      )}
      {label && (
        <text
          className={styles.label}
          style={{ transform: `translate(${label.dx}px, ${label.dy}px)` }}
          textAnchor={label.anchor}
          dominantBaseline="central"
        >
          <tspan className={styles.labelSymbol}>{label.symbol}</tspan> {label.text}
        </text>
      )}
    </g>
  );
}
