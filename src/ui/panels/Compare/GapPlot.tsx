import { useRef, type PointerEvent } from 'react';
import type { LongGapCurve } from '../../../model/comparison';
import { fill, useT } from '../../../i18n';
import { brokenLinePath } from '../Gradients/chainLayout';
import { decadeLabel, logAxis, ZERO_POSITION } from '../Gradients/logAxis';
import { useElementWidth } from '../../hooks/useElementWidth';
import styles from './Compare.module.css';

interface GapPlotProps {
  curve: LongGapCurve;
  /** the slider's gap, marked with a line and two labelled dots */
  gap: number;
  /** called with the gap nearest to where the plot was pressed */
  onGap: (gap: number) => void;
  /** a share as text */
  format: (share: number) => string;
  /** the cell's series name, e.g. “LSTM, cell state C” */
  cellLabel: string;
  /** the cell's name in running text */
  cellName: string;
  rnnLabel: string;
}

const HEIGHT = 250;
const MARGIN = { top: 16, right: 20, bottom: 42, left: 56 };

/**
 * France's remaining signal at the last word against the number of filler words, the cell's memory and
 * the RNN's h on a log-scale axis (a straight line there is a constant share kept per word); the current
 * gap is marked.
 * Pressing or dragging on the plot picks a gap, like the slider.
 */
export function GapPlot({ curve, gap, onGap, format, cellLabel, cellName, rnnLabel }: GapPlotProps) {
  const t = useT().compare.longGap;
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef, 640);
  const axis = logAxis([...curve.cell, ...curve.rnn], { minDecades: 1, atLeast: 1 });
  const first = curve.gaps[0];
  const lastGap = curve.gaps[curve.gaps.length - 1];
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (value: number) => MARGIN.left + (plotWidth * (value - first)) / Math.max(1, lastGap - first);
  const y = (share: number) => MARGIN.top + plotHeight * (1 - axis.position(share));
  const index = curve.gaps.indexOf(gap);
  const lines = [
    { key: 'cell', values: curve.cell, color: 'var(--cell)', label: cellLabel },
    { key: 'rnn', values: curve.rnn, color: 'var(--candidate)', label: rnnLabel },
  ];
  const xTicks = [first, 20, 40, 60, 80, lastGap].filter((tick, k, all) => tick >= first && tick <= lastGap && all.indexOf(tick) === k);
  const pick = (event: PointerEvent<SVGSVGElement>) => {
    if (event.type === 'pointermove' && event.buttons === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    const local = ((event.clientX - box.left) / box.width) * width;
    const picked = Math.round(first + ((local - MARGIN.left) / plotWidth) * (lastGap - first));
    onGap(Math.min(lastGap, Math.max(first, picked)));
  };
  const label = fill(t.plotLabel, { gap, name: cellName, cell: format(curve.cell[index] ?? 0), rnn: format(curve.rnn[index] ?? 0) });
  return (
    <div ref={boxRef} className={styles.chartBox}>
      <svg
        className={`${styles.chart} ${styles.gapPlot}`}
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={label}
        onPointerDown={pick}
        onPointerMove={pick}
      >
        {axis.ticks.map((exponent) => {
          const tickY = MARGIN.top + plotHeight * (1 - (exponent - axis.low) / (axis.high - axis.low));
          return (
            <g key={exponent}>
              <line className={styles.grid} x1={MARGIN.left} x2={width - MARGIN.right} y1={tickY} y2={tickY} />
              <text className={styles.tick} x={MARGIN.left - 6} y={tickY + 4} textAnchor="end">
                {decadeLabel(exponent)}
              </text>
            </g>
          );
        })}
        {xTicks.map((tick) => (
          <text key={tick} className={styles.tick} x={x(tick)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
            {tick}
          </text>
        ))}
        <text className={styles.axisTitle} x={MARGIN.left + plotWidth / 2} y={HEIGHT - 6} textAnchor="middle">
          {t.xAxis}
        </text>
        <text className={styles.axisTitle} x={MARGIN.left} y={MARGIN.top - 4}>
          {t.yAxis}
        </text>
        <line className={styles.cursor} x1={x(gap)} x2={x(gap)} y1={MARGIN.top} y2={MARGIN.top + plotHeight} />
        {lines.map((line) => (
          <g key={line.key} style={{ color: line.color }}>
            <path className={styles.line} d={brokenLinePath(line.values.map((share, k) => (share > 0 ? { x: x(curve.gaps[k]), y: y(share) } : null)))} />
            {index >= 0 && (
              <circle
                className={styles.dot}
                cx={x(gap)}
                cy={line.values[index] > 0 ? y(line.values[index]) : MARGIN.top + plotHeight * (1 - ZERO_POSITION)}
                r={5.5}
              >
                <title>{fill(t.pointTitle, { series: line.label, gap, share: format(line.values[index]) })}</title>
              </circle>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}
