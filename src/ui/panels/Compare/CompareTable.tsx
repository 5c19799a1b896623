import { memo } from 'react';
import type { CellComparison } from '../../../model/comparison';
import { useT, fill } from '../../../i18n';
import { formatNumber } from '../../../tex';
import { cellName } from '../Gradients/cellName';
import styles from './Compare.module.css';

interface CompareTableProps {
  comparison: CellComparison;
  /** the followed word */
  word: number;
  /** the explainer's current word, marked */
  current: number;
  digits: number;
  /** a share as text */
  format: (share: number) => string;
}

/** Longer sentences start with the table folded away. */
const OPEN_UP_TO = 12;

/** Every value of both cells at every word, and the followed word's share left in each, as a real table. */
export const CompareTable = memo(function CompareTable({ comparison, word, current, digits, format }: CompareTableProps) {
  const t = useT().compare;
  const name = cellName(useT().gradients.names, comparison.cell);
  // The GRU has no cell state: its h is its memory, so it gets one column where the LSTMs get C and h.
  const gru = comparison.cell === 'gru';
  const columns = t.columns;
  // One unit's value per piece, so a vector of several units wraps between values, never inside one;
  // each value is as wide as "−0.000", so the values of wrapped lines stand in columns.
  const valueWidth = { minWidth: `${digits + 3}ch` };
  const vector = (values: readonly number[]) =>
    values.map((value, unit) => (
      <span key={unit} className={styles.entry}>
        <span className={styles.value} style={valueWidth}>
          {formatNumber(value, digits)}
        </span>
        {unit < values.length - 1 && ', '}
      </span>
    ));
  return (
    <details className={styles.details} open={comparison.tokens.length <= OPEN_UP_TO}>
      <summary className={styles.summaryToggle}>{t.tableSummary}</summary>
      {/* Focusable, so a keyboard can scroll a table wider or taller than its card. */}
      <div className={styles.tableScroller} tabIndex={0} role="group" aria-label={t.tableSummary}>
        <table className={styles.table}>
          <caption className={styles.tableCaption}>{fill(gru ? t.tableCaptionGru : t.tableCaption, { word: comparison.tokens[word], name })}</caption>
          <thead>
            <tr>
              <th scope="col">t</th>
              <th scope="col">{columns.word}</th>
              {!gru && <th scope="col" className={styles.vectorHeading}>{fill(columns.lstmCell, { name })}</th>}
              <th scope="col" className={styles.vectorHeading}>{fill(columns.lstmHidden, { name })}</th>
              <th scope="col" className={styles.vectorHeading}>{columns.rnnHidden}</th>
              <th scope="col">{fill(columns.lstmShare, { name })}</th>
              <th scope="col">{columns.rnnShare}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.tokens.map((token, step) => (
              <tr key={step} className={step === current ? styles.currentRow : undefined} aria-current={step === current ? 'step' : undefined}>
                <td className={styles.number}>{step}</td>
                <th scope="row">
                  {token}
                  {step === current && <span className="visually-hidden"> ({t.current})</span>}
                </th>
                {!gru && <td className={styles.vector}>{vector(comparison.memory[step])}</td>}
                <td className={styles.vector}>{vector(comparison.hidden[step])}</td>
                <td className={styles.vector}>{vector(comparison.rnn[step].h)}</td>
                <td className={styles.number} title={String(comparison.share.cell[step])}>
                  {step >= word ? format(comparison.share.cell[step]) : '–'}
                </td>
                <td className={styles.number} title={String(comparison.share.rnn[step])}>
                  {step >= word ? format(comparison.share.rnn[step]) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
});
