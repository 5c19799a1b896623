import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useId } from 'react';
import styles from './TrainingPanel.module.css';

/** One line of a chart: its points, name, colour (a CSS colour or variable) and style. */
export interface ChartSeries {
  id: string;
  label: string;
  color: string;
  points: readonly { x: number; y: number }[];
  /** drawn dashed (held-out curves) */
  dashed?: boolean;
  /** drawn faint: context rather than the point of the chart */
  faint?: boolean;
}

interface LineChartProps {
  /** the figure's caption, also its accessible name */
  caption: string;
  series: readonly ChartSeries[];
  /** the x axis runs from 0 to xMax (steps) */
  xMax: number;
  xLabel: string;
  yDomain: readonly [number, number];
  yTicks: readonly number[];
  formatY: (value: number) => string;
  /** text for each series' latest value in the legend, e.g. "held out: 0.012" */
  latestText: (series: ChartSeries, value: string) => string;
}

const WIDTH = 320;
const HEIGHT = 160;
const MARGIN = { top: 8, right: 10, bottom: 28, left: 40 };

/** A small SVG line chart of training curves with a legend that shows each series' latest value. */
export function LineChart({ caption, series, xMax, xLabel, yDomain, yTicks, formatY, latestText }: LineChartProps) {
  const captionId = useId();
  const x = scaleLinear().domain([0, Math.max(1, xMax)]).range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear().domain(yDomain).range([HEIGHT - MARGIN.bottom, MARGIN.top]).clamp(true);
  const path = line<{ x: number; y: number }>()
    .defined((p) => Number.isFinite(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const latest = series.map((s) => {
    const last = s.points[s.points.length - 1];
    return latestText(s, last ? formatY(last.y) : '–');
  });
  return (
    <figure className={styles.chart} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.chartCaption}>
        {caption}
      </figcaption>
      <svg className={styles.chartSvg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={latest.join('; ')}>
        {yTicks.map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className={styles.tick} x={MARGIN.left - 5} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatY(tick)}
            </text>
          </g>
        ))}
        <line className={styles.axis} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} />
        {(xMax > 0 ? [0, xMax] : [0]).map((tick) => (
          <text key={tick} className={styles.tick} x={x(tick)} y={HEIGHT - MARGIN.bottom + 14} textAnchor={tick === 0 ? 'start' : 'end'}>
            {tick}
          </text>
        ))}
        <text className={styles.tick} x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 4} textAnchor="middle">
          {xLabel}
        </text>
        {series.map((s) => (
          <path
            key={s.id}
            d={path(s.points) ?? ''}
            fill="none"
            stroke={s.color}
            strokeWidth={s.faint ? 1.25 : 2.25}
            strokeOpacity={s.faint ? 0.45 : 1}
            strokeDasharray={s.dashed ? '5 3' : undefined}
            data-series={s.id}
          />
        ))}
      </svg>
      <ul className={styles.legend}>
        {series.map((s, k) => (
          <li key={s.id} className={s.faint ? styles.legendFaint : undefined}>
            <svg className={styles.swatch} viewBox="0 0 20 8" aria-hidden="true">
              <line x1="1" x2="19" y1="4" y2="4" stroke={s.color} strokeWidth={s.faint ? 1.5 : 2.5} strokeDasharray={s.dashed ? '5 3' : undefined} />
            </svg>
            {latest[k]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
