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
import { useBeltType } from './useBeltType';
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
  /** the next or previous slide of the lesson, or word when stepping freely (the clicker's keys) */
  onNext: () => void;
  onPrevious: () => void;
  onHighlight: OnHighlight;
  onLeave: () => void;
}

/**
 * The cell for a lecture hall: the belt across most of the screen with the equations beside it, all in
 * type sized from the viewport, editing chrome gone, and a caption (the lesson's, or the narration)
 * underneath. On a lesson slide about one gate, that gate and its equation are in focus and the rest dims.
 */
export function PresenterView(props: PresenterViewProps) {
  const { scenario, trace, step, clock, digits, stageFocus, lesson, guess, onGuess, onSelectStep, onNext, onPrevious, onHighlight, onLeave } = props;
  const t = useT();
  const slide = lesson ? LESSON[lesson.slide] : null;
  const values = trace.cellSteps[step];
  const token = trace.tokens[step];
  const focus = slide ? (slide.question && !lesson?.revealed ? [] : slide.focus) : stageFocus;
  // Only the lesson's slides single out a part of the cell; free stepping lights equations as they play.
  const slideFocus = slide && focus.length > 0 ? focus : null;
  const view = slide?.view ?? 'cell';
  const beltType = useBeltType<HTMLDivElement>(view === 'cell');

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
      <div ref={beltType.ref} className={styles.belt} style={beltType.style} data-focus={slideFocus?.join(' ')}>
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
    );
  }
  const withEquations = view === 'cell' && values !== undefined;
  return (
    <div className={`${styles.presenter} ${withEquations ? styles.withSide : ''}`} role="region" aria-label={t.presenter.region}>
      <header className={styles.bar}>
        <div className={styles.stepButtons}>
          <button type="button" className={styles.stepButton} onClick={onPrevious} aria-label={t.player.previous} aria-keyshortcuts="ArrowLeft PageUp">
            ←
          </button>
          <button type="button" className={styles.stepButton} onClick={onNext} aria-label={t.player.next} aria-keyshortcuts="ArrowRight PageDown">
            →
          </button>
        </div>
        <div className={styles.strip}>
          <TokenStrip tokens={trace.tokens} current={step} onSelect={onSelectStep} />
        </div>
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
      <p className={styles.turnSideways}>{t.presenter.turnSideways}</p>
      <div className={styles.stage}>{stage}</div>
      {withEquations && (
        <aside className={styles.side}>
          <PresenterEquations cell={trace.cell} step={values} t={step} digits={digits} focus={focus} spotlight={slideFocus !== null} />
        </aside>
      )}
      <footer className={`${styles.caption} ${lesson ? '' : styles.narration}`} aria-live="polite">
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
