import type { LstmStep } from '../../../core';
import { lstmEquations, type EquationId } from '../../../tex';
import { Tex } from '../../common/Tex';
import styles from './Equations.module.css';

/** Names and colours of the six equations, in the order the cell computes them. */
const EQUATION_LABELS: Record<EquationId, { name: string; color: string }> = {
  forget: { name: 'Forget gate', color: 'var(--forget)' },
  input: { name: 'Input gate', color: 'var(--input)' },
  candidate: { name: 'Candidate memory', color: 'var(--candidate)' },
  cell: { name: 'Cell state update', color: 'var(--cell)' },
  output: { name: 'Output gate', color: 'var(--output)' },
  hidden: { name: 'Hidden state', color: 'var(--hidden)' },
};

interface EquationsProps {
  step: LstmStep;
  t: number;
  digits: number;
}

/** The six LSTM equations, each in symbolic form and with the current step's numbers substituted. */
export function Equations({ step, t, digits }: EquationsProps) {
  const equations = lstmEquations(step, t, digits);
  return (
    <section className={styles.panel} aria-labelledby="equations-title">
      <h2 id="equations-title" className={styles.title}>
        The equations at t = {t}
      </h2>
      <ol className={styles.list}>
        {equations.map((equation) => {
          const label = EQUATION_LABELS[equation.id];
          return (
            <li key={equation.id} className={styles.equation} data-equation={equation.id} style={{ borderColor: label.color }}>
              <span className={styles.name} style={{ color: label.color }}>
                {label.name}
              </span>
              <Tex className={styles.symbolic} tex={equation.symbolic} />
              <Tex className={styles.substituted} tex={equation.substituted} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
