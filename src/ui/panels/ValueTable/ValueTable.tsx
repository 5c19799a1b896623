import { Fragment, useEffect, useId, useRef } from 'react';
import { fill, useT } from '../../../i18n';
import { CELLS, stepValues, type QuantityDescription, type ScenarioTrace } from '../../../model';
import { formatNumber } from '../../../tex';
import { quantityIn, quantityNames } from '../../cellLook';
import styles from './ValueTable.module.css';

/** The props of the table of all values (and of its disclosure). */
export interface ValueTableProps {
  /** the trace whose every value is listed */
  trace: ScenarioTrace;
  /** the current step, 0-based; its row is marked */
  current: number;
  /** decimals shown */
  digits: number;
  /** names of the input features, heading the x columns; x1, x2, … when absent */
  features?: readonly string[];
}

/**
 * Every value of the trace in one real table: a row per step (step and word as row headers), the input
 * features, then the cell's quantities for each hidden unit under a unit heading (f, i, C̃, o, C, h for
 * the LSTM family, the coupled LSTM's i headed as 1 − f; z, r, h̃, h for the GRU). The current row
 * carries aria-current="step" and is kept in view inside the table's own scroll box.
 */
export function ValueTable({ trace, current, digits, features }: ValueTableProps) {
  const t = useT();
  const words = t.a11y.table;
  const names = quantityNames(t);
  const kind = trace.cell;
  const columns = CELLS[kind].quantities;
  // Short symbol seen, full name heard; a gate that is 1 − another says so in both.
  const heading = (quantity: QuantityDescription) => {
    const other = quantity.complementOf ? quantityIn(kind, quantity.complementOf) : undefined;
    if (!other) return { symbol: quantity.symbol, name: names[quantity.key] };
    return {
      symbol: `${quantity.symbol} = 1 − ${other.symbol}`,
      // Mid-sentence the other name reads lower-case ("Input gate = 1 − forget gate"); Chinese has no case.
      name: fill(words.complement, { name: names[quantity.key], other: names[other.key].toLocaleLowerCase() }),
    };
  };
  const captionId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const inputSize = trace.tokens[0]?.vector.length ?? features?.length ?? 0;
  const featureNames = Array.from({ length: inputSize }, (_, k) => features?.[k] ?? fill(words.feature, { n: k + 1 }));
  const units = Array.from({ length: trace.hiddenSize }, (_, unit) => unit);

  useEffect(() => {
    const box = scroller.current;
    const row = box?.querySelector<HTMLElement>('tr[aria-current="step"]');
    if (!box || !row) return;
    const header = box.querySelector('thead')?.offsetHeight ?? 0;
    if (row.offsetTop < box.scrollTop + header || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, row.offsetTop - header - (box.clientHeight - header) / 2);
    }
  }, [current]);

  return (
    <div className={styles.wrapper}>
      <p className={styles.hint} aria-hidden="true">
        {words.scrollHint}
      </p>
      {/* Focusable so a keyboard can scroll it; named by the caption. */}
      <div ref={scroller} className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table} data-testid="value-table">
          <caption id={captionId} className={styles.caption}>
            {fill(words.caption, { digits })}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {words.step}
              </th>
              <th scope="col" rowSpan={2}>
                {words.word}
              </th>
              {inputSize > 0 && (
                <th scope="colgroup" colSpan={inputSize} className={styles.group}>
                  {words.input}
                </th>
              )}
              {units.map((unit) => (
                <th key={unit} scope="colgroup" colSpan={columns.length} className={styles.group}>
                  {fill(words.unit, { unit: unit + 1 })}
                </th>
              ))}
            </tr>
            <tr>
              {featureNames.map((name, k) => (
                <th key={`x${k}`} scope="col" className={k === 0 ? `${styles.number} ${styles.groupStart}` : styles.number}>
                  {name}
                </th>
              ))}
              {units.map((unit) =>
                columns.map((column, k) => {
                  const { symbol, name } = heading(column);
                  return (
                    <th key={`${unit}-${column.key}`} scope="col" className={k === 0 ? `${styles.number} ${styles.groupStart}` : styles.number}>
                      <span aria-hidden="true" className={styles.symbol}>
                        {symbol}
                      </span>
                      <span className="visually-hidden">{name}</span>
                    </th>
                  );
                }),
              )}
            </tr>
          </thead>
          <tbody>
            {trace.cellSteps.map((step, index) => {
              const isCurrent = index === current;
              const token = trace.tokens[index];
              return (
                <tr key={index} aria-current={isCurrent ? 'step' : undefined} className={isCurrent ? styles.current : undefined}>
                  <th scope="row" className={styles.stepCell}>
                    {fill(words.stepLabel, { t: index })}
                    {isCurrent && <span className="visually-hidden">, {words.current}</span>}
                  </th>
                  <th scope="row" className={styles.word}>
                    {token?.text}
                  </th>
                  {(token?.vector ?? []).map((value, k) => (
                    <td key={`x${k}`} className={k === 0 ? `${styles.number} ${styles.groupStart}` : styles.number}>
                      {Number.isInteger(value) ? String(value) : formatNumber(value, digits)}
                    </td>
                  ))}
                  {units.map((unit) => (
                    <Fragment key={unit}>
                      {columns.map((column, k) => (
                        <td key={column.key} className={k === 0 ? `${styles.number} ${styles.groupStart}` : styles.number}>
                          {formatNumber(stepValues(step, column.key)?.[unit] ?? Number.NaN, digits)}
                        </td>
                      ))}
                    </Fragment>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
