import { memo } from 'react';
import { useT } from '../../i18n';
import type { CellKind, CellStep } from '../../model';
import { cellEquations, type CellEquationId } from '../../tex';
import { equationName, equationQuantity, quantityColor } from '../cellLook';
import { Tex } from '../common/Tex';
import styles from './Presenter.module.css';

interface PresenterEquationsProps {
  cell: CellKind;
  step: CellStep;
  t: number;
  digits: number;
  /** the equations in focus; the others are dimmed (none in focus: all shown alike) */
  focus: readonly CellEquationId[];
}

/** The cell's equations at this step with their numbers, large, the ones in focus lit and the rest dimmed. */
export const PresenterEquations = memo(function PresenterEquations({ cell, step, t, digits, focus }: PresenterEquationsProps) {
  const dictionary = useT();
  return (
    <ol className={styles.equations}>
      {cellEquations(cell, step, t, digits).map((equation) => {
        const color = quantityColor(cell, equationQuantity(cell, equation.id));
        const state = focus.length === 0 ? '' : focus.includes(equation.id) ? styles.focused : styles.dimmed;
        return (
          <li key={equation.id} className={`${styles.equation} ${state}`} style={{ borderColor: color }} data-equation={equation.id}>
            <span className={styles.equationName} style={{ color }}>
              {equationName(cell, equation.id, dictionary)}
            </span>
            <Tex tex={equation.substituted} />
          </li>
        );
      })}
    </ol>
  );
});
