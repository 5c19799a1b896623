import { memo } from 'react';
import type { HeatmapQuantity } from '../../../viz';
import { fill, useT } from '../../../i18n';
import styles from './Timeline.module.css';

interface TimelineCellProps {
  quantity: HeatmapQuantity;
  /** 0-based hidden unit */
  unit: number;
  step: number;
  /** 1-based grid row, for keyboard moves (row 0 is the header) */
  gridRow: number;
  /** the value as displayed */
  text: string;
  /** the displayed value before the user's latest edit, when it was different */
  ghostText: string | null;
  /** accessible name, e.g. "C at She (t=3): 0.389" */
  label: string;
  background: string;
  ink: string;
  isCurrent: boolean;
  /** the one cell of the grid that Tab reaches */
  isTabStop: boolean;
  onSelect: (step: number) => void;
}

/**
 * One heatmap cell: a button printing its value on its colour. Memoised, because a step change
 * re-renders every row of a long sentence but changes only a few cells.
 */
export const TimelineCell = memo(function TimelineCell({
  quantity,
  unit,
  step,
  gridRow,
  text,
  ghostText,
  label,
  background,
  ink,
  isCurrent,
  isTabStop,
  onSelect,
}: TimelineCellProps) {
  const words = useT().timeline;
  return (
    <td className={isCurrent ? `${styles.cell} ${styles.currentCell}` : styles.cell}>
      <button
        type="button"
        className={styles.value}
        style={{ background, color: ink }}
        tabIndex={isTabStop ? 0 : -1}
        aria-label={ghostText ? fill(words.cellBeforeEdit, { label, value: ghostText }) : label}
        aria-current={isCurrent ? 'step' : undefined}
        data-timeline-quantity={quantity}
        data-timeline-step={step}
        data-unit={unit}
        data-grid-row={gridRow}
        data-grid-col={step}
        onClick={() => onSelect(step)}
      >
        {text}
        {ghostText && <span className={styles.ghost}>{fill(words.was, { value: ghostText })}</span>}
      </button>
    </td>
  );
});
