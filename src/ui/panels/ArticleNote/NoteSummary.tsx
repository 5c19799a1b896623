import type { FigureComparison } from '../../../model';
import { formatNumber } from '../../../tex';
import { joinAnd, printedFigure, stepName, stepsOf, FigureSymbol } from './figureParts';
import styles from './ArticleNote.module.css';

interface NoteSummaryProps {
  comparisons: FigureComparison[];
  digits: number;
}

/** The note's prose, written from the comparison: what the article skips, where it is off, where it agrees. */
export function NoteSummary({ comparisons, digits }: NoteSummaryProps) {
  const stated = comparisons.filter((figure) => figure.stated);
  const statedOff = stated.some((figure) => !figure.agrees);
  const firstStated = Math.min(...stated.map((figure) => figure.step));
  const laterOff = stepsOf(comparisons.filter((figure) => !figure.stated && !figure.agrees && (!statedOff || figure.step > firstStated)));
  const agreeing = stepsOf(comparisons).filter((step) => comparisons.every((figure) => figure.step !== step || figure.agrees));
  return (
    <p className={styles.summary}>
      The source article rounds as it goes
      {stated.length > 0 && (
        <>
          {' '}
          and skips step {joinAnd(stepsOf(stated).map(stepName))}, stating{' '}
          {joinAnd(
            stated.map((figure) => (
              <>
                <FigureSymbol figure={figure} /> ≈ {printedFigure(figure)}
              </>
            )),
          )}
          {statedOff && (
            <>
              , where the exact values are{' '}
              {joinAnd(stated.map((figure) => <strong className={styles.exact}>{formatNumber(figure.exact, digits)}</strong>))}
            </>
          )}
        </>
      )}
      .
      {laterOff.length > 0 &&
        (statedOff ? (
          <> Later steps build on those, so its {joinAnd(laterOff.map(stepName))} figures are off too.</>
        ) : (
          <> Its {joinAnd(laterOff.map(stepName))} figures differ from the exact values.</>
        ))}
      {agreeing.length > 0 && <> Steps {joinAnd(agreeing.map(stepName))} agree with the exact values to its rounding.</>}
    </p>
  );
}
