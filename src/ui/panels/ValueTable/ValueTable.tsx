import { Fragment, useEffect, useId, useRef } from 'react';
import { fill, useT } from '../../../i18n';
import type { ScenarioTrace } from '../../../model';
import { formatNumber } from '../../../tex';
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

/** The six quantities per unit, in the order the cell computes them, with their plain-text symbols. */
const COLUMNS = [
  { key: 'f', symbol: 'f' },
  { key: 'i', symbol: 'i' },
  { key: 'cTilde', symbol: 'C̃' },
  { key: 'o', symbol: 'o' },
  { key: 'c', symbol: 'C' },
  { key: 'h', symbol: 'h' },
] as const;

/**
 * Every value of the trace in one real table: a row per step (step and word as row headers), the input
 * features, then f, i, C̃, o, C and h for each hidden unit under a unit heading. The current row carries
 * aria-current="step" and is kept in view inside the table's own scroll box.
 */
export function ValueTable({ trace, current, digits, features }: ValueTableProps) {
  const t = useT();
  const words = t.a11y.table;
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
                <th key={unit} scope="colgroup" colSpan={COLUMNS.length} className={styles.group}>
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
                COLUMNS.map((column, k) => (
                  <th key={`${unit}-${column.key}`} scope="col" className={k === 0 ? `${styles.number} ${styles.groupStart}` : styles.number}>
                    <span aria-hidden="true" className={styles.symbol}>
                      {column.symbol}
                    </span>
                    <span className="visually-hidden">{t.values.quantities[column.key]}</span>
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {trace.steps.map((step, index) => {
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
                      {COLUMNS.map((column, k) => (
                        <td key={column.key} className={k === 0 ? `${styles.number} ${styles.groupStart}` : styles.number}>
                          {formatNumber(step[column.key][unit], digits)}
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
