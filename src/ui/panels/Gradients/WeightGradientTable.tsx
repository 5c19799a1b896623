import { memo, useId, useMemo } from 'react';
import { weightGradientTable, type GradientEntry, type GradientFlow, type WeightGradientSummary } from '../../../model/gradients';
import { inkOn, signedColor } from '../../../viz';
import { fill, useT } from '../../../i18n';
import { subscript } from '../../format';
import { formatMagnitude } from './formatMagnitude';
import { cellName } from './cellName';
import styles from './Gradients.module.css';

interface WeightGradientTableProps {
  flow: GradientFlow;
  /** names of the input features, for the columns that multiply x_t */
  features: readonly string[];
  /** decimals of values in fixed notation */
  digits: number;
}

/** A parameter's name as the equations write it: W_f, b_c, p_f, or the RNN's W and b. */
function ParameterName({ name }: { name: string }) {
  const letter = name.slice(0, 1);
  const gate = name.slice(1);
  return (
    <>
      ∂L/∂{letter}
      {gate && <sub>{gate}</sub>}
    </>
  );
}

/**
 * ∂L/∂W for every weight matrix, bias (and peephole) of the cell and the simple RNN: the norm and the three largest
 * entries, each tinted on the signed colour scale (relative to the largest entry in the table).
 */
export const WeightGradientTable = memo(function WeightGradientTable({ flow, features, digits }: WeightGradientTableProps) {
  const t = useT().gradients.weights;
  const titleId = useId();
  const names = useT().gradients.names;
  const rows = useMemo(() => weightGradientTable(flow, 3), [flow]);
  const { hiddenSize } = flow;
  const largest = Math.max(...rows.flatMap((row) => row.largest.map((entry) => Math.abs(entry.value))), 0);
  const color = signedColor();
  const columnName = (column: number) => (column < hiddenSize ? `h${subscript(column + 1)}` : features[column - hiddenSize] ?? `x${subscript(column - hiddenSize + 1)}`);
  const place = (row: WeightGradientSummary, entry: GradientEntry) => {
    // Biases and peepholes are one number per unit.
    const isBias = row.name.startsWith('b') || row.name.startsWith('p');
    if (isBias) return hiddenSize > 1 ? fill(t.bias, { row: entry.row + 1 }) : null;
    return hiddenSize > 1 ? fill(t.place, { row: entry.row + 1, column: columnName(entry.column) }) : columnName(entry.column);
  };
  return (
    <section className={styles.weights} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.subTitle}>
        {t.title}
      </h3>
      {/* Focusable, so a keyboard can scroll the table where it is wider than the card. */}
      <div className={styles.tableScroller} tabIndex={0} role="group" aria-labelledby={titleId}>
        <table className={styles.table}>
          <caption className={styles.tableCaption}>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.cell}</th>
              <th scope="col">{t.parameter}</th>
              <th scope="col">{t.norm}</th>
              <th scope="col">{t.largest}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.cell}-${row.name}`}>
                <td>{row.cell === 'rnn' ? 'RNN' : cellName(names, row.cell)}</td>
                <th scope="row">
                  <ParameterName name={row.name} />
                </th>
                <td className={styles.number}>{formatMagnitude(row.norm, digits)}</td>
                <td>
                  <ul className={styles.entries}>
                    {row.largest.map((entry) => {
                      const background = color(largest > 0 ? entry.value / largest : 0);
                      const where = place(row, entry);
                      const value = formatMagnitude(entry.value, digits);
                      return (
                        <li key={`${entry.row}-${entry.column}`} className={styles.entry} style={{ background, color: inkOn(background) }} title={String(entry.value)}>
                          {where === null ? value : fill(t.entry, { place: where, value })}
                        </li>
                      );
                    })}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
