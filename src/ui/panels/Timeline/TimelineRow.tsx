import { memo, useMemo } from 'react';
import { formatNumber } from '../../../tex';
import { fill, useT } from '../../../i18n';
import type { CellPaint } from '../../../viz';
import type { QuantityDescription } from '../../../model';
import type { HeatmapQuantity } from '../../../viz';
import { quantityNames } from '../../cellLook';
import { TimelineCell } from './TimelineCell';
import styles from './Timeline.module.css';

interface TimelineRowProps {
  quantity: QuantityDescription;
  /** 0-based hidden unit shown by this row */
  unit: number;
  /** true when the cell has more than one hidden unit, so rows name their unit */
  multiUnit: boolean;
  /** 1-based grid row, for keyboard moves */
  gridRow: number;
  /** the quantity's value for this unit at every step */
  values: readonly number[];
  /** the same values before the user's latest edit (the ghost), or null */
  ghostValues: readonly number[] | null;
  /** fill and ink per step */
  paint: readonly CellPaint[];
  /** token text per step */
  words: readonly string[];
  digits: number;
  current: number;
  /** the step whose cell Tab reaches in this row, or −1 when the tab stop is in another row */
  tabStopStep: number;
  onSelect: (step: number) => void;
}

/** One heatmap row: a sticky label, then the quantity's value for one unit at every step. */
export const TimelineRow = memo(function TimelineRow({
  quantity,
  unit,
  multiUnit,
  gridRow,
  values,
  ghostValues,
  paint,
  words,
  digits,
  current,
  tabStopStep,
  onSelect,
}: TimelineRowProps) {
  const dictionary = useT();
  const messages = dictionary.timeline;
  const quantityName = quantityNames(dictionary)[quantity.key];
  const name = multiUnit ? fill(messages.unitRow, { symbol: quantity.symbol, unit: unit + 1 }) : quantity.symbol;
  // Formatting every label again on each step change is the per-cell work a 200-word sentence can't afford.
  const texts = useMemo(() => values.map((value) => formatNumber(value, digits)), [values, digits]);
  // A ghost value shows only where the edit changed what is printed.
  const ghostTexts = useMemo(
    () =>
      texts.map((text, step) => {
        const ghost = ghostValues?.[step];
        if (ghost === undefined) return null;
        const ghostText = formatNumber(ghost, digits);
        return ghostText === text ? null : ghostText;
      }),
    [texts, ghostValues, digits],
  );
  const labels = useMemo(
    () => texts.map((value, step) => fill(messages.cell, { name, token: words[step], t: step, value })),
    [texts, words, name, messages.cell],
  );
  const firstOfQuantity = unit === 0;
  return (
    <tr className={rowClass(firstOfQuantity, multiUnit)}>
      <th scope="row" className={styles.rowLabel}>
        <span className={styles.labelInner}>
          {firstOfQuantity ? (
            <>
              <span className={styles.swatch} style={{ background: quantity.color }} aria-hidden="true" />
              <span className={styles.symbol}>{quantity.symbol}</span>
              <span className={styles.name}>{quantityName}</span>
            </>
          ) : (
            <span className="visually-hidden">{quantityName}</span>
          )}
          {multiUnit && <span className={styles.unit}>{fill(messages.unit, { unit: unit + 1 })}</span>}
        </span>
      </th>
      {values.map((_, step) => (
        <TimelineCell
          key={step}
          quantity={quantity.key as HeatmapQuantity}
          unit={unit}
          step={step}
          gridRow={gridRow}
          text={texts[step]}
          ghostText={ghostTexts[step]}
          label={labels[step]}
          background={paint[step].background}
          ink={paint[step].ink}
          isCurrent={step === current}
          isTabStop={step === tabStopStep}
          onSelect={onSelect}
        />
      ))}
    </tr>
  );
});

function rowClass(firstOfQuantity: boolean, multiUnit: boolean): string | undefined {
  if (!firstOfQuantity) return undefined;
  return multiUnit ? `${styles.firstOfQuantity} ${styles.groupStart}` : styles.firstOfQuantity;
}
