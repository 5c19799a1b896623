import { memo, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { CELLS, type QuantityDescription, type ScenarioTrace } from '../../../model';
import { gridMove, heatmapPaint, heatmapValue, largestCellChange, shownUnits, type HeatmapQuantity } from '../../../viz';
import { fill, useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { TimelineHeader } from './TimelineHeader';
import { TimelineLegend } from './TimelineLegend';
import { TimelineRow } from './TimelineRow';
import { useRevealColumn } from './useRevealColumn';
import styles from './Timeline.module.css';

interface TimelineProps {
  trace: ScenarioTrace;
  /** the step shown everywhere else; its column is outlined */
  current: number;
  /** called with a step when the user picks one of its cells or its header */
  onSelect: (step: number) => void;
  /** decimals printed in each cell */
  digits: number;
  /** the trace before the user's latest edit, shown faded where values changed; null for none */
  ghost?: ScenarioTrace | null;
}

/** A quantity's heatmap row: gates on their own hue, the rest on the diverging scale. */
function quantityRow(quantity: QuantityDescription) {
  return { quantity: quantity.key as HeatmapQuantity, range: quantity.role === 'gate' ? ('gate' as const) : ('signed' as const) };
}

/**
 * A heatmap of the whole sentence: one column per token, one row per quantity (and hidden unit), each
 * cell printing its value on its colour. A grid with one tab stop: arrows move, ← → also pick the step.
 */
export const Timeline = memo(function Timeline({ trace, current, onSelect, digits, ghost = null }: TimelineProps) {
  const dictionary = useT();
  const words = dictionary.timeline;
  const { cellSteps: steps, tokens, cell } = trace;
  const quantities = CELLS[cell].quantities;
  const { units, total, truncated } = useMemo(() => shownUnits(trace.hiddenSize), [trace.hiddenSize]);
  const multiUnit = trace.hiddenSize > 1;
  const paint = useMemo(() => heatmapPaint(steps, quantities.map(quantityRow), units), [steps, quantities, units]);
  // The ghost is comparable only while the words, the cell and the hidden size are the same as before the edit.
  const ghostSteps =
    ghost && ghost.cell === cell && ghost.hiddenSize === trace.hiddenSize && sameWords(ghost, trace) ? ghost.cellSteps : null;
  const rows = useMemo(
    () =>
      quantities.flatMap((quantity) =>
        units.map((unit) => ({
          quantity,
          unit,
          values: steps.map((step) => heatmapValue(step, quantity.key as HeatmapQuantity, unit)),
          ghostValues: ghostSteps ? ghostSteps.map((step) => heatmapValue(step, quantity.key as HeatmapQuantity, unit)) : null,
        })),
      ),
    [steps, quantities, units, ghostSteps],
  );
  const gru = cell === 'gru';
  const tokenTexts = useMemo(() => tokens.map((token) => token.text), [tokens]);
  const standout = useMemo(() => largestCellChange(steps), [steps]);

  // Only the row of the tab stop is state: its column always follows the current step.
  const [focusRow, setFocusRow] = useState(1);
  // A new scenario may have fewer units, and so fewer rows, than the row the tab stop was in.
  const tabRow = Math.min(focusRow, rows.length);
  const titleId = useId();
  const captionId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  useRevealColumn(scrollerRef, current);

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const row = Number((event.target as HTMLElement).dataset.gridRow);
    if (Number.isInteger(row)) setFocusRow(row);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { gridRow, gridCol } = (event.target as HTMLElement).dataset;
    if (gridRow === undefined || gridCol === undefined) return;
    const to = gridMove(event.key, { row: Number(gridRow), col: Number(gridCol) }, rows.length + 1, steps.length);
    if (!to) return;
    // Claim the key so the page-wide step keys do not move the step a second time.
    event.preventDefault();
    if (to.col !== Number(gridCol)) onSelect(to.col);
    tableRef.current?.querySelector<HTMLElement>(`[data-grid-row="${to.row}"][data-grid-col="${to.col}"]`)?.focus();
  };

  const standoutToken = tokens[standout];
  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {words.title}
      </h2>
      <p className={styles.caption} id={captionId}>
        {words.caption}
        {standoutToken &&
          (gru ? (
            <Rich template={dictionary.cells.timeline.standoutGru} values={{ h: <i>h</i>, token: <strong>{standoutToken.text}</strong>, t: standout }} />
          ) : (
            <Rich template={words.standout} values={{ c: <i>C</i>, token: <strong>{standoutToken.text}</strong>, t: standout }} />
          ))}
      </p>
      {truncated && <p className={styles.note}>{fill(words.someUnits, { shown: units.length, total })}</p>}
      <div className={styles.scroller} ref={scrollerRef}>
        <table
          ref={tableRef}
          role="grid"
          className={styles.table}
          aria-labelledby={titleId}
          aria-describedby={captionId}
          onFocus={onFocus}
          onKeyDown={onKeyDown}
        >
          <TimelineHeader
            tokens={tokens}
            current={current}
            standout={standout}
            standoutTitle={gru ? dictionary.cells.timeline.standoutTitleGru : undefined}
            holdsTabStop={tabRow === 0}
            onSelect={onSelect}
          />
          <tbody>
            {rows.map((row, index) => (
              <TimelineRow
                key={`${row.quantity.key}-${row.unit}`}
                quantity={row.quantity}
                unit={row.unit}
                multiUnit={multiUnit}
                gridRow={index + 1}
                values={row.values}
                ghostValues={row.ghostValues}
                paint={paint[index]}
                words={tokenTexts}
                digits={digits}
                current={current}
                tabStopStep={tabRow === index + 1 ? current : -1}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        </table>
      </div>
      <TimelineLegend gru={gru} />
    </section>
  );
});

function sameWords(a: ScenarioTrace, b: ScenarioTrace): boolean {
  return a.tokens.length === b.tokens.length && a.tokens.every((token, k) => token.text === b.tokens[k].text);
}
