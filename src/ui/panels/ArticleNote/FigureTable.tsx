import type { FigureComparison, ScenarioTrace } from '../../../model';
import { formatNumber } from '../../../tex';
import { useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { printedFigure, stepName, stepsOf, FigureSymbol } from './figureParts';
import styles from './ArticleNote.module.css';

interface FigureTableProps {
  comparisons: FigureComparison[];
  trace: ScenarioTrace;
  /** the current step; its row is highlighted */
  step: number;
  digits: number;
}

const QUANTITY_ORDER: FigureComparison['quantity'][] = ['c', 'h'];

/** The article's figures beside the exact ones, one row per step, the current step marked. */
export function FigureTable({ comparisons, trace, step, digits }: FigureTableProps) {
  const words = useT().note;
  const quantities = QUANTITY_ORDER.filter((quantity) => comparisons.some((figure) => figure.quantity === quantity));
  return (
    // Focusable: on a phone the table scrolls sideways, and a keyboard must be able to scroll it.
    <div className={styles.tableScroller} tabIndex={0} role="group" aria-label={words.tableCaption}>
    <table className={styles.table}>
      <caption className="visually-hidden">{words.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{words.step}</th>
          {quantities.map((quantity) => (
            <th key={quantity} scope="col" colSpan={2} className={styles.number}>
              <Rich template={words.articleExact} values={{ symbol: <FigureSymbol figure={{ quantity }} /> }} />
            </th>
          ))}
          <th scope="col">{words.check}</th>
        </tr>
      </thead>
      <tbody>
        {stepsOf(comparisons).map((rowStep) => {
          const row = comparisons.filter((figure) => figure.step === rowStep);
          const agrees = row.every((figure) => figure.agrees);
          const current = rowStep === step;
          return (
            <tr key={rowStep} className={current ? styles.current : undefined} aria-current={current ? 'step' : undefined}>
              <th scope="row" className={styles.stepCell}>
                {stepName(rowStep)} <span className={styles.token}>{trace.tokens[rowStep]?.text}</span>
                {row.some((figure) => figure.stated) && <span className={styles.skipped}>{words.skipped}</span>}
              </th>
              {quantities.map((quantity) => {
                const figure = row.find((candidate) => candidate.quantity === quantity);
                if (!figure) return [<td key={`${quantity}a`}>—</td>, <td key={`${quantity}e`}>—</td>];
                return [
                  <td key={`${quantity}a`} className={styles.number}>
                    ≈ {printedFigure(figure)}
                  </td>,
                  <td key={`${quantity}e`} className={`${styles.number} ${figure.agrees ? '' : styles.off}`}>
                    {formatNumber(figure.exact, digits)}
                  </td>,
                ];
              })}
              <td className={agrees ? styles.agrees : styles.off}>{agrees ? words.agrees : words.off}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
