import { memo, Fragment, useMemo } from 'react';
import { narrateStep, type ScenarioTrace } from '../../../model';
import { Segment } from './Segment';
import styles from './Narration.module.css';

interface NarrationProps {
  /** the trace being explained; the narration is derived from its numbers */
  trace: ScenarioTrace;
  /** the current step, 0-based */
  step: number;
  /** decimals for values (percentages use digits − 3) */
  digits: number;
}

/**
 * A few plain sentences on what the cell does at the current step. The heading and text sit in one polite
 * live region, so a screen reader reads the new step's story after each move without interrupting.
 */
export const Narration = memo(function Narration({ trace, step, digits }: NarrationProps) {
  const sentences = useMemo(() => narrateStep(trace, step), [trace, step]);
  const token = trace.tokens[step];
  if (!token || sentences.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="narration-title">
      <div aria-live="polite" aria-atomic="true">
        <h2 id="narration-title" className={styles.title}>
          What happens at “<span className={styles.token}>{token.text}</span>”
        </h2>
        <p className={styles.story} data-testid="narration">
          {sentences.map((sentence, index) => (
            <Fragment key={index}>
              {index > 0 && ' '}
              <span className={styles.sentence}>
                {sentence.map((segment, k) => (
                  <Segment key={k} segment={segment} digits={digits} />
                ))}
              </span>
            </Fragment>
          ))}
        </p>
      </div>
    </section>
  );
});
