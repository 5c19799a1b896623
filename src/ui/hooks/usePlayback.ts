import { useEffect, type Dispatch } from 'react';
import type { ExplainerAction } from '../../state';
import type { AnimationClock } from './animationClock';

/** Pause between one step's animation ending and the next starting, at 1× speed. */
const PAUSE_MS = 450;

/** While playing, advances one step after each animation ends (and a short pause); stops at the end. */
export function usePlayback(
  playing: boolean,
  step: number,
  speed: number,
  clock: AnimationClock,
  dispatch: Dispatch<ExplainerAction>,
): void {
  useEffect(() => {
    if (!playing) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const advanceSoon = () => {
      timer = setTimeout(() => dispatch({ type: 'playTick' }), PAUSE_MS / speed);
    };
    const unsubscribe = clock.isRunning() ? clock.onFinished(advanceSoon) : (advanceSoon(), () => {});
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [playing, step, speed, clock, dispatch]);
}
