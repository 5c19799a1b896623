import { memo, useId, type ReactNode } from 'react';
import type { GradientFlow } from '../../../model/gradients';
import { fill, useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { formatMagnitude, formatVector } from './formatMagnitude';
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
 * Every exact value at one word: the LSTM's gradients on C, h and the four gates and its forget gate
 * (the belt's factor), the RNN's gradient on h and its factor tanh′·W. Full precision in the titles.
 */
export const StepReadout = memo(function StepReadout({ flow, step, digits }: StepReadoutProps) {
  const t = useT().gradients.readout;
  const titleId = useId();
  const lstm = flow.lstm.steps[step];
  const jacobian = flow.rnnJacobian[step];
  const vector = (values: readonly number[]) => formatVector(values, digits);
  const exact = (values: readonly number[]) => values.map((value) => String(value)).join(', ');
  const matrix = (rows: number[][]) =>
    rows.length === 1 ? formatMagnitude(rows[0][0], digits) : `[${rows.map((row) => row.map((value) => formatMagnitude(value, digits)).join(', ')).join('; ')}]`;
  const lstmRows: [ReactNode, readonly number[]][] = [
    [partial('C'), lstm.c],
    [partial('h'), lstm.h],
    [partial('f'), lstm.f],
    [partial('i'), lstm.i],
    [partial('C̃'), lstm.cTilde],
    [partial('o'), lstm.o],
  ];
  const forget = flow.lstmSteps[step].f;
  return (
    <section className={styles.readout} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.readoutTitle}>
        {fill(t.title, { token: flow.tokens[step], t: step })}
      </h3>
      <div className={styles.readoutColumns}>
        <div>
          <h4 className={styles.readoutHeading}>LSTM</h4>
          <dl className={styles.readoutList}>
            {lstmRows.map(([label, values], index) => (
              <div key={index} className={styles.readoutRow}>
                <dt>{label}</dt>
                <dd title={exact(values)}>{vector(values)}</dd>
              </div>
            ))}
            <div className={styles.readoutRow}>
              <dt>
                <Rich template={t.forget} values={{ symbol: <span>f<sub>t</sub></span> }} />
              </dt>
              <dd title={exact(forget)}>{vector(forget)}</dd>
            </div>
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
