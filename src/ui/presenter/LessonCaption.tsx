import { useMemo } from 'react';
import { fill, useLanguage, useT } from '../../i18n';
import type { Scenario, ScenarioTrace } from '../../model';
import { presetLink } from '../panels/PresetPicker/presetLink';
import { answerValues, captionValues, jumpSource, memoryAnswer, questionAnswer, QUESTION_OPTIONS, type CaptionValues } from './lessonFacts';
import type { LessonPosition } from './lessonPosition';
import { LESSON, type Slide } from './lessonScript';
import styles from './Presenter.module.css';

interface LessonCaptionProps {
  /** the scenario the lesson runs on: the answer slide reads it again without the followed word */
  scenario: Scenario;
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
export function LessonCaption({ scenario, trace, position, digits, guess, onGuess }: LessonCaptionProps) {
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
          {answer ? fill(t.sentences, { first: fill(answers[answer], values), second: fill(t.slides[slide.id], values) }) : fill(t.slides[slide.id], values)}
        </p>
        {guess && <p className={styles.hint}>{fill(t.yourGuess, { guess: options[guess] ?? guess })}</p>}
      </div>
    );
  }
  if (slide.id === 'momentShe') {
    const source = jumpSource(trace, slide.step);
    return (
      <div className={styles.captionBody}>
        <p className={styles.captionText}>
          {source ? fill(t.sentences, { first: fill(t.slides.momentShe, values), second: fill(t.verdicts.momentShe[source], values) }) : fill(t.slides.momentShe, values)}
        </p>
      </div>
    );
  }
  if (slide.follows !== undefined) return <AnswerCaption scenario={scenario} trace={trace} slide={slide} values={values} digits={digits} />;
  return (
    <div className={styles.captionBody}>
      <p className={styles.captionText}>{fill(t.slides[slide.id], values)}</p>
    </div>
  );
}

interface AnswerCaptionProps {
  scenario: Scenario;
  trace: ScenarioTrace;
  slide: Slide;
  values: CaptionValues;
  digits: number;
}

/**
 * The lesson's answer: the share of the followed word's effect left at the slide's step, measured as the
 * Compare panel measures it, what the forget gates did on the way, and a link to the example that
 * shows the other case (a cell that remembers, or back to the article's weights).
 */
function AnswerCaption({ scenario, trace, slide, values, digits }: AnswerCaptionProps) {
  const all = useT();
  const { language } = useLanguage();
  const t = all.lesson;
  const answer = useMemo(() => memoryAnswer(scenario, trace, slide.follows ?? 0, slide.step), [scenario, trace, slide]);
  if (!answer) return null;
  const numbers = { ...values, ...answerValues(answer, digits, all.compare.longGap.zero) };
  return (
    <div className={styles.captionBody}>
      <p className={styles.captionText} data-testid="lesson-answer">
        {fill(t.sentences, { first: fill(t.slides[slide.id], numbers), second: fill(t.verdicts.answer[answer.verdict], numbers) })}
      </p>
      <p className={styles.hint}>
        <a href={presetLink(answer.verdict === 'faded' ? 'alice-remembered' : 'alice', language)}>{t.links[answer.verdict]}</a>
      </p>
    </div>
  );
}
