import type { FigureComparison } from '../../../model';
import { formatNumber } from '../../../tex';
import { useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { joinAnd, printedFigure, stepName, stepsOf, FigureSymbol } from './figureParts';
import styles from './ArticleNote.module.css';

interface NoteSummaryProps {
  comparisons: FigureComparison[];
  digits: number;
}

/** The note's prose, written from the comparison: what the article skips, where it is off, where it agrees. */
export function NoteSummary({ comparisons, digits }: NoteSummaryProps) {
  const words = useT().note;
  const stated = comparisons.filter((figure) => figure.stated);
  const statedOff = stated.some((figure) => !figure.agrees);
  const firstStated = Math.min(...stated.map((figure) => figure.step));
  const laterOff = stepsOf(comparisons.filter((figure) => !figure.stated && !figure.agrees && (!statedOff || figure.step > firstStated)));
  const agreeing = stepsOf(comparisons).filter((step) => comparisons.every((figure) => figure.step !== step || figure.agrees));
  const steps = (list: number[]) => joinAnd(list.map(stepName), words);
  const opening = stated.length === 0 ? words.rounds : statedOff ? words.skipsOff : words.skips;
  return (
    <p className={styles.summary}>
      <Rich
        template={opening}
        values={{
          steps: steps(stepsOf(stated)),
          figures: joinAnd(
            stated.map((figure) => (
              <>
                <FigureSymbol figure={figure} /> ≈ {printedFigure(figure)}
              </>
            )),
            words,
          ),
          exact: joinAnd(
            stated.map((figure) => <strong className={styles.exact}>{formatNumber(figure.exact, digits)}</strong>),
            words,
          ),
        }}
      />
      {laterOff.length > 0 && <Rich template={statedOff ? words.laterOff : words.differ} values={{ steps: steps(laterOff) }} />}
      {agreeing.length > 0 && <Rich template={words.agree} values={{ steps: steps(agreeing) }} />}
    </p>
  );
}
