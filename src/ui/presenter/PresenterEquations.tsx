import { memo } from 'react';
import { useT } from '../../i18n';
import type { CellKind, CellStep } from '../../model';
import { cellEquations, equationLines, type CellEquationId } from '../../tex';
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
  /** the focus is a lesson slide's subject: its equations grow and also show their law, the others only their name */
  spotlight?: boolean;
}

/**
 * The cell's equations at this step, compact for a projector: each one's name and its numbers on one
 * line. The ones in focus are lit and the rest dimmed; in a spotlight the focused ones grow and show their
 * law while the others keep only their name.
 */
export const PresenterEquations = memo(function PresenterEquations({ cell, step, t, digits, focus, spotlight = false }: PresenterEquationsProps) {
  const dictionary = useT();
  return (
    <ol className={styles.equations}>
      {cellEquations(cell, step, t, digits).map((equation) => {
        const color = quantityColor(cell, equationQuantity(cell, equation.id));
        const focused = focus.includes(equation.id);
        const state = focus.length === 0 ? '' : focused ? styles.focused : styles.dimmed;
        const lines = equationLines(equation.substituted);
        const grown = spotlight && focused;
        return (
          <li
            key={equation.id}
            className={`${styles.equation} ${state} ${grown ? styles.grown : ''}`}
            style={{ borderColor: color }}
            data-equation={equation.id}
          >
            <span className={styles.equationName} style={{ color }}>
              {equationName(cell, equation.id, dictionary)}
            </span>
            {grown && <Tex className={styles.equationLine} tex={lines.law} />}
            {(grown || !spotlight) && <Tex className={styles.equationLine} tex={lines.numbers} />}
          </li>
        );
      })}
    </ol>
  );
});
