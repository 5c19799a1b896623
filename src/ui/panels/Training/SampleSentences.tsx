import { useId } from 'react';
import { fill, useT } from '../../../i18n';
import type { AgreementSentence } from '../../../model/training';
import styles from './TrainingPanel.module.css';

interface SampleSentencesProps {
  samples: readonly AgreementSentence[];
  selected: number;
  onSelect: (index: number) => void;
}

/** A few sentences of the task with their answer and split; the chosen one is the preview's sentence. */
export function SampleSentences({ samples, selected, onSelect }: SampleSentencesProps) {
  const words = useT().training;
  const name = useId();
  const titleId = useId();
  return (
    <fieldset className={styles.samples} aria-describedby={titleId}>
      <legend className={styles.samplesTitle}>{words.samplesTitle}</legend>
      <p id={titleId} className={styles.note}>
        {words.samplesHint}
      </p>
      {samples.map((sample, index) => (
        <label key={sample.sentence} className={styles.sample}>
          <input type="radio" name={name} checked={index === selected} onChange={() => onSelect(index)} />
          <span>
            {fill(words.sample, {
              sentence: sample.sentence,
              verdict: sample.agrees ? words.agrees : words.disagrees,
              split: sample.heldOut ? words.heldOutSplit : words.trainSplit,
            })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
