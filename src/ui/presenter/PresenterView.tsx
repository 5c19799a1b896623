import type { ReactNode } from 'react';
import { fill, useT } from '../../i18n';
import type { Scenario, ScenarioTrace } from '../../model';
import type { CellEquationId } from '../../tex';
import type { OnHighlight } from '../common/linkedHighlight';
import { Rich } from '../common/Rich';
import type { AnimationClock } from '../hooks/animationClock';
import { ConveyorBelt } from '../panels/ConveyorBelt/ConveyorBelt';
import { Narration } from '../panels/Narration/Narration';
import { TokenStrip } from '../panels/TokenStrip/TokenStrip';
import { LessonCaption } from './LessonCaption';
import type { LessonPosition } from './lessonPosition';
import { LESSON } from './lessonScript';
import { PresenterEquations } from './PresenterEquations';
import { RnnSlide } from './RnnSlide';
import styles from './Presenter.module.css';

interface PresenterViewProps {
  scenario: Scenario;
  trace: ScenarioTrace;
  step: number;
  clock: AnimationClock;
  digits: number;
  /** the equations lit by the running animation stage (free stepping) */
  stageFocus: readonly CellEquationId[];
  /** where the guided lesson is, or null when the presenter steps freely */
  lesson: LessonPosition | null;
  guess: string | null;
  onGuess: (option: string) => void;
  onSelectStep: (step: number) => void;
  onHighlight: OnHighlight;
  onLeave: () => void;
}

/**
 * The cell for a lecture hall: the belt and the equations fill the screen in large type, editing chrome
 * is gone, and a caption (the lesson's, or the narration) runs underneath.
 */
export function PresenterView(props: PresenterViewProps) {
  const { scenario, trace, step, clock, digits, stageFocus, lesson, guess, onGuess, onSelectStep, onHighlight, onLeave } = props;
  const t = useT();
  const slide = lesson ? LESSON[lesson.slide] : null;
  const values = trace.cellSteps[step];
  const token = trace.tokens[step];
  const focus = slide ? (slide.question && !lesson?.revealed ? [] : slide.focus) : stageFocus;
  const view = slide?.view ?? 'cell';

  let stage: ReactNode = null;
  if (view === 'title') {
    stage = (
      <div className={styles.titleSlide}>
        <p className={styles.titleKicker}>{t.app.kicker}</p>
        <p className={styles.titleSentence}>
          <q>{scenario.sentence}</q>
        </p>
      </div>
    );
  } else if (view === 'rnn') {
    stage = <RnnSlide scenario={scenario} />;
  } else if (values && token) {
    stage = (
      <>
        <div className={styles.belt}>
          <ConveyorBelt
            step={values}
            previous={trace.cellSteps[step - 1] ?? null}
            cell={trace.cell}
            params={scenario.params}
            t={step}
            token={token.text}
            isLast={step === trace.cellSteps.length - 1}
            clock={clock}
            digits={digits}
            highlighted={focus[0] ?? null}
            onHighlight={onHighlight}
          />
        </div>
        <PresenterEquations cell={trace.cell} step={values} t={step} digits={digits} focus={focus} />
      </>
    );
  }

  return (
    <div className={styles.presenter} role="region" aria-label={t.presenter.region}>
      <header className={styles.bar}>
        <TokenStrip tokens={trace.tokens} current={step} onSelect={onSelectStep} />
        <p className={styles.counter} data-testid="presenter-counter">
          {token && fill(t.presenter.stepCounter, { step: step + 1, total: trace.cellSteps.length, token: token.text })}
        </p>
        <p className={styles.mode}>
          {lesson ? fill(t.lesson.progress, { slide: lesson.slide + 1, total: LESSON.length }) : t.presenter.freeMode}
        </p>
        <button type="button" className={styles.leave} onClick={onLeave} title={t.presenter.leaveTitle} aria-keyshortcuts="Escape">
          {t.presenter.leave}
        </button>
      </header>
      <div className={`${styles.stage} ${view === 'cell' ? styles.cellStage : ''}`}>{stage}</div>
      <footer className={styles.caption} aria-live="polite">
        {lesson ? (
          <LessonCaption scenario={scenario} trace={trace} position={lesson} digits={digits} guess={guess} onGuess={onGuess} />
        ) : (
          <Narration trace={trace} step={step} digits={digits} />
        )}
        <p className={styles.keys}>
          <Rich
            template={t.presenter.keys}
            values={{ next: <kbd>→</kbd>, previous: <kbd>←</kbd>, blank: <kbd>B</kbd>, esc: <kbd>Esc</kbd> }}
          />
        </p>
      </footer>
    </div>
  );
}
