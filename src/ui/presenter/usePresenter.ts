import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { alicePreset, isLstmScenario, type Scenario } from '../../model';
import type { ExplainerAction } from '../../state';
import { LESSON_START, nextPosition, positionStep, previousPosition, type LessonPosition } from './lessonPosition';
import { usePresenterKeys, usePresenterToggleKey } from './usePresenterKeys';
import { useFullscreen } from './useFullscreen';

interface PresenterInputs {
  dispatch: Dispatch<ExplainerAction>;
  scenario: Scenario;
  step: number;
  stepCount: number;
  /** the player's own moves, used when the presenter steps freely */
  onNextStep: () => void;
  onPreviousStep: () => void;
  onFirstStep: () => void;
  onLastStep: () => void;
}

/**
 * Presenter mode and the guided lesson: whether the app is presenting, the lesson position (kept when
 * the presenter leaves, so the lesson can be resumed after an edit), the blank screen, the guesses, the
 * clicker keys, full screen and the high-contrast theme while presenting.
 */
export function usePresenter({ dispatch, scenario, step, stepCount, onNextStep, onPreviousStep, onFirstStep, onLastStep }: PresenterInputs) {
  const [presenting, setPresenting] = useState(false);
  const [blank, setBlank] = useState(false);
  const [lesson, setLesson] = useState<LessonPosition | null>(null);
  // The slide the presenter left the lesson at; Resume returns there.
  const [paused, setPaused] = useState<LessonPosition | null>(null);
  const [guesses, setGuesses] = useState<Readonly<Record<number, string>>>({});

  const leave = useCallback(() => {
    setPresenting(false);
    setBlank(false);
    setLesson((current) => {
      if (current) setPaused(current);
      return null;
    });
  }, []);
  const present = useCallback(() => setPresenting(true), []);
  const toggle = useCallback(() => (presenting ? leave() : present()), [presenting, leave, present]);
  const startLesson = useCallback(
    (from: LessonPosition = LESSON_START) => {
      // The lesson's captions tell Alice's story in the standard LSTM: open it unless that sentence is
      // already loaded in that cell (the user's edits are kept; loading is undoable either way).
      if (scenario.sentence !== alicePreset.sentence || !isLstmScenario(scenario)) {
        dispatch({ type: 'loadScenario', scenario: alicePreset, asOrigin: true });
      }
      if (from === LESSON_START) setGuesses({});
      setLesson(from);
      setPaused(null);
      setPresenting(true);
    },
    [scenario, dispatch],
  );
  const resumeLesson = useCallback(() => startLesson(paused ?? LESSON_START), [paused, startLesson]);

  // The lesson drives the step: one word forward plays that word's animation, anything else jumps.
  const lastStep = useRef(step);
  lastStep.current = step;
  useEffect(() => {
    if (!lesson || stepCount === 0) return;
    const target = positionStep(lesson, stepCount);
    if (target === lastStep.current) return;
    dispatch(target === lastStep.current + 1 ? { type: 'nextStep' } : { type: 'setStep', step: target });
  }, [lesson, stepCount, dispatch]);

  const handlers = useMemo(
    () => ({
      onNext: () => (lesson ? setLesson(nextPosition(lesson)) : onNextStep()),
      onPrevious: () => (lesson ? setLesson(previousPosition(lesson)) : onPreviousStep()),
      onFirst: () => (lesson ? setLesson(LESSON_START) : onFirstStep()),
      onLast: onLastStep,
      onBlank: () => setBlank((shown) => !shown),
      onLeave: () => (blank ? setBlank(false) : leave()),
    }),
    [lesson, blank, leave, onNextStep, onPreviousStep, onFirstStep, onLastStep],
  );
  usePresenterKeys(presenting, handlers);
  usePresenterToggleKey(toggle);
  useFullscreen(presenting, leave);
  usePresenterDocument(presenting);

  const guess = lesson ? (guesses[lesson.slide] ?? null) : null;
  const setGuess = useCallback(
    (option: string) => lesson && setGuesses((current) => ({ ...current, [lesson.slide]: option })),
    [lesson],
  );

  return { presenting, blank, lesson, paused, guess, setGuess, present, leave, startLesson, resumeLesson, handlers };
}

/** Marks <html> while presenting (large type) and switches to the high-contrast theme, restoring it after. */
function usePresenterDocument(presenting: boolean): void {
  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    const theme = root.dataset.theme;
    root.dataset.presenting = 'true';
    root.dataset.theme = 'contrast';
    return () => {
      delete root.dataset.presenting;
      if (theme) root.dataset.theme = theme;
      else delete root.dataset.theme;
    };
  }, [presenting]);
}
