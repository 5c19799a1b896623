import { memo, useId, type ReactNode } from 'react';
import { CELLS } from '../../../model/cells';
import type { GradientFlow } from '../../../model/gradients';
import { fill, useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { formatMagnitude, formatVector } from './formatMagnitude';
import { cellName } from './cellName';
import styles from './Gradients.module.css';

interface StepReadoutProps {
  flow: GradientFlow;
  /** the word whose values are listed */
  step: number;
  /** decimals of values in fixed notation */
  digits: number;
}

/** The RNN's factor per word, tanh′(z_t)·W_h: a formula, the same in every language. */
const RNN_FACTOR = 'tanh′ · W';

/** ∂L/∂(symbol) written with a subscript t, e.g. ∂L/∂C_t. */
function partial(symbol: ReactNode): ReactNode {
  return (
    <>
      ∂L/∂{symbol}
      <sub>t</sub>
    </>
  );
}

/**
 * Every exact value at one word: the cell's gradients on its states and gates (states first) and the
 * belt's factor (f, f with the peephole terms, or the GRU's 1 − z and its full ∂h_t/∂h_{t−1}), the RNN's
 * gradient on h and its factor tanh′·W. Full precision in the titles.
 */
export const StepReadout = memo(function StepReadout({ flow, step, digits }: StepReadoutProps) {
  const words = useT().gradients;
  const t = words.readout;
  const titleId = useId();
  const gradients = flow.backprop.gradients[step];
  const jacobian = flow.rnnJacobian[step];
  const vector = (values: readonly number[]) => formatVector(values, digits);
  const exact = (values: readonly number[]) => values.map((value) => String(value)).join(', ');
  const matrix = (rows: number[][]) =>
    rows.length === 1 ? formatMagnitude(rows[0][0], digits) : `[${rows.map((row) => row.map((value) => formatMagnitude(value, digits)).join(', ')).join('; ')}]`;
  const quantities = CELLS[flow.cell].quantities;
  const ordered = [...quantities.filter((q) => q.role === 'state'), ...quantities.filter((q) => q.role !== 'state')];
  const cellRows = ordered.flatMap((quantity): [ReactNode, readonly number[]][] => {
    const values = gradients[quantity.key];
    return values ? [[partial(quantity.symbol), values]] : [];
  });
  const belt = flow.backprop.beltFactor[step];
  const beltSymbol = flow.cell === 'gru' ? <span>1 − z<sub>t</sub></span> : flow.cell === 'peephole' ? <span>∂C<sub>t</sub>/∂C<sub>t−1</sub></span> : <span>f<sub>t</sub></span>;
  const beltTemplate = flow.cell === 'gru' ? t.keep : flow.cell === 'peephole' ? t.peephole : t.forget;
  const full = flow.backprop.fullJacobian?.[step];
  return (
    <section className={styles.readout} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.readoutTitle}>
        {fill(t.title, { token: flow.tokens[step], t: step })}
      </h3>
      <div className={styles.readoutColumns}>
        <div>
          <h4 className={styles.readoutHeading}>{cellName(words.names, flow.cell)}</h4>
          <dl className={styles.readoutList}>
            {cellRows.map(([label, values], index) => (
              <div key={index} className={styles.readoutRow}>
                <dt>{label}</dt>
                <dd title={exact(values)}>{vector(values)}</dd>
              </div>
            ))}
            <div className={styles.readoutRow}>
              <dt>
                <Rich template={beltTemplate} values={{ symbol: beltSymbol }} />
              </dt>
              <dd title={exact(belt)}>{vector(belt)}</dd>
            </div>
            {full && (
              <div className={styles.readoutRow}>
                <dt>
                  <Rich template={t.gruJacobian} values={{ symbol: <span>∂h<sub>t</sub>/∂h<sub>t−1</sub></span> }} />
                </dt>
                <dd title={full.map((row) => exact(row)).join('; ')}>{matrix(full)}</dd>
              </div>
            )}
          </dl>
        </div>
        <div>
          <h4 className={styles.readoutHeading}>{t.rnn}</h4>
          <dl className={styles.readoutList}>
            <div className={styles.readoutRow}>
              <dt>{partial('h')}</dt>
              <dd title={exact(flow.rnn.dhs[step])}>{vector(flow.rnn.dhs[step])}</dd>
            </div>
            <div className={styles.readoutRow}>
              <dt>
                <Rich template={t.rnnFactor} values={{ symbol: <span>{RNN_FACTOR}</span> }} />
              </dt>
              <dd title={jacobian.map((row) => exact(row)).join('; ')}>{matrix(jacobian)}</dd>
            </div>
          </dl>
        </div>
      </div>
    </section>
  );
});
