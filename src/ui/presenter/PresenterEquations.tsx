import { memo } from 'react';
import type { LstmStep } from '../../core';
import { useT } from '../../i18n';
import { lstmEquations, type EquationId } from '../../tex';
import { Tex } from '../common/Tex';
import styles from './Presenter.module.css';

const COLORS: Record<EquationId, string> = {
  forget: 'var(--forget)',
  input: 'var(--input)',
  candidate: 'var(--candidate)',
  cell: 'var(--cell)',
  output: 'var(--output)',
  hidden: 'var(--hidden)',
};

interface PresenterEquationsProps {
  step: LstmStep;
  t: number;
  digits: number;
  /** the equations in focus; the others are dimmed (none in focus: all shown alike) */
  focus: readonly EquationId[];
}

/** The six equations at this step with their numbers, large, the ones in focus lit and the rest dimmed. */
export const PresenterEquations = memo(function PresenterEquations({ step, t, digits, focus }: PresenterEquationsProps) {
  const names = useT().presenter.names;
  return (
    <ol className={styles.equations}>
      {lstmEquations(step, t, digits).map((equation) => {
        const state = focus.length === 0 ? '' : focus.includes(equation.id) ? styles.focused : styles.dimmed;
        return (
          <li key={equation.id} className={`${styles.equation} ${state}`} style={{ borderColor: COLORS[equation.id] }} data-equation={equation.id}>
            <span className={styles.equationName} style={{ color: COLORS[equation.id] }}>
              {names[equation.id]}
            </span>
            <Tex tex={equation.substituted} />
          </li>
        );
      })}
    </ol>
  );
});
