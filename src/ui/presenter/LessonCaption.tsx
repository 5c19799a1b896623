import { fill, useT } from '../../i18n';
import type { ScenarioTrace } from '../../model';
import { captionValues, questionAnswer, QUESTION_OPTIONS } from './lessonFacts';
import type { LessonPosition } from './lessonPosition';
import { LESSON } from './lessonScript';
import styles from './Presenter.module.css';

interface LessonCaptionProps {
  trace: ScenarioTrace;
  position: LessonPosition;
  digits: number;
  /** the option the audience picked for this slide's question, if any */
  guess: string | null;
  onGuess: (option: string) => void;
}

/**
 * The slide's caption with the live numbers of its step. On a question slide: the question and its
 * options until the reveal, then what really happened — read from the trace, so it stays true after edits.
 */
export function LessonCaption({ trace, position, digits, guess, onGuess }: LessonCaptionProps) {
  const t = useT().lesson;
  const slide = LESSON[position.slide];
  const values = captionValues(trace, slide.step, digits);
  if (slide.question && !position.revealed) {
    const question = t.questions[slide.question];
    const options = question.options as Record<string, string>;
    return (
      <div className={styles.captionBody}>
        <p className={styles.questionLabel}>{t.questionLabel}</p>
        <p className={styles.captionText}>{question.prompt}</p>
        <div className={styles.options} role="group" aria-label={question.prompt}>
          {QUESTION_OPTIONS[slide.question].map((option) => (
            <button key={option} type="button" className={styles.option} aria-pressed={guess === option} onClick={() => onGuess(option)}>
              {options[option]}
            </button>
          ))}
        </div>
        <p className={styles.hint}>{t.revealHint}</p>
      </div>
    );
  }
  if (slide.question) {
    const question = t.questions[slide.question];
    const answer = questionAnswer(slide.question, trace, slide.step);
    const answers = question.answers as Record<string, string>;
    const options = question.options as Record<string, string>;
    return (
      <div className={styles.captionBody}>
        <p className={styles.questionLabel}>{t.answerLabel}</p>
        <p className={styles.captionText}>
          {answer ? fill(answers[answer], values) : null} {fill(t.slides[slide.id], values)}
        </p>
        {guess && <p className={styles.hint}>{fill(t.yourGuess, { guess: options[guess] ?? guess })}</p>}
      </div>
    );
  }
  return (
    <div className={styles.captionBody}>
      <p className={styles.captionText}>{fill(t.slides[slide.id], values)}</p>
    </div>
  );
}
