import { useRef } from 'react';
import { fill, useT } from '../../../i18n';
import { brokenLinePath, wordLabels } from '../Gradients/chainLayout';
import { useElementWidth } from '../../hooks/useElementWidth';
import styles from './Compare.module.css';

/** One line of the chart: its values per word, colour and name. */
export interface SignalSeries {
  key: string;
  values: number[];
  color: string;
  label: string;
}

interface SignalChartProps {
  tokens: string[];
  series: SignalSeries[];
  /** the followed word: shares before it are not drawn */
  word: number;
  /** the explainer's current word, outlined */
  current: number;
  /** a share as text (percent) */
  format: (share: number) => string;
  /** the name of the cell whose series comes first */
  cellName: string;
}

const HEIGHT = 210;
const MARGIN = { top: 14, right: 14, bottom: 40, left: 46 };

/**
 * The share of the followed word's effect left at each later word, both cells as lines with dots on a
 * 0–100 % axis (higher when a share grows past 1). Every dot carries its exact value in a title, and
 * the whole chart a text alternative listing them.
 */
export function SignalChart({ tokens, series, word, current, format, cellName }: SignalChartProps) {
  const t = useT().compare;
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef, 640);
  const count = tokens.length;
  const slot = (width - MARGIN.left - MARGIN.right) / Math.max(count, 1);
  const x = (step: number) => MARGIN.left + slot * (step + 0.5);
  const top = Math.max(1, ...series.flatMap((line) => line.values));
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (share: number) => MARGIN.top + plotHeight * (1 - share / top);
  const ticks = [0, 0.5, 1, ...(top > 1.2 ? [top] : [])];
  const listed = (line: SignalSeries) =>
    line.values
      .slice(word)
      .map((share, k) => fill(t.listItem, { token: tokens[word + k], share: format(share) }))
      .join(', ');
  const label = fill(t.chartLabel, { word: tokens[word], name: cellName, cell: listed(series[0]), rnn: listed(series[1]) });
  return (
    <div ref={boxRef} className={styles.chartBox}>
      <svg className={styles.chart} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
        {current >= 0 && current < count && (
          <rect className={styles.currentBand} x={x(current) - slot / 2} y={MARGIN.top - 6} width={slot} height={plotHeight + 12} />
        )}
        {ticks.map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className={styles.tick} x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
              {`${Math.round(tick * 100)}%`}
            </text>
          </g>
        ))}
        {series.map((line) => (
          <g key={line.key} style={{ color: line.color }}>
            <path className={styles.line} d={brokenLinePath(line.values.map((share, step) => (step >= word ? { x: x(step), y: y(share) } : null)))} />
            {line.values.map((share, step) =>
              step >= word ? (
                <circle key={step} className={styles.dot} cx={x(step)} cy={y(share)} r={step === current ? 5.5 : 4}>
                  <title>{fill(t.pointTitle, { series: line.label, token: tokens[step], t: step, share: format(share), word: tokens[word] })}</title>
                </circle>
              ) : null,
            )}
          </g>
        ))}
        {wordLabels(tokens, x, [word, current, count - 1]).map(([step, text]) => (
          <text
            key={step}
            className={step === word ? `${styles.word} ${styles.followed}` : styles.word}
            x={x(step)}
            y={HEIGHT - MARGIN.bottom + 20}
            textAnchor="middle"
          >
            {text}
          </text>
        ))}
      </svg>
    </div>
  );
}
