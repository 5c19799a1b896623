import { memo, Fragment, useMemo } from 'react';
import type { ScenarioTrace } from '../../../model';
import { chinesePhrases, englishPhrases, narrateStep, type NarrationPhrases } from '../../../model/narration';
import { useLanguage, useT, type Language } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { Segment } from './Segment';
import styles from './Narration.module.css';

/** The narration's phrasebook for each language the interface speaks. */
const PHRASEBOOKS: Record<Language, NarrationPhrases> = { en: englishPhrases, zh: chinesePhrases };

interface NarrationProps {
  /** the trace being explained; the narration is derived from its numbers */
  trace: ScenarioTrace;
  /** the current step, 0-based */
  step: number;
  /** decimals for values (percentages use digits − 3) */
  digits: number;
}

/**
 * A few plain sentences on what the cell does at the current step, in the interface's language. The heading
 * and text sit in one polite live region, so a screen reader reads the new step's story after each move
 * without interrupting.
 */
export const Narration = memo(function Narration({ trace, step, digits }: NarrationProps) {
  const { language } = useLanguage();
  const words = useT().narration;
  const phrases = PHRASEBOOKS[language];
  const sentences = useMemo(() => narrateStep(trace, step, phrases), [trace, step, phrases]);
  const token = trace.tokens[step];
  if (!token || sentences.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="narration-title">
      <div>
        <h2 id="narration-title" className={styles.title}>
          <Rich template={words.title} values={{ token: <span className={styles.token}>{token.text}</span> }} />
        </h2>
        <p className={styles.story} data-testid="narration">
          {sentences.map((sentence, index) => (
            <Fragment key={index}>
              {index > 0 && phrases.separator}
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
