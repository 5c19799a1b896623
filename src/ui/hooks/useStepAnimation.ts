import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { STAGE_STARTS, stageAt, stepDuration, type Stage } from '../../viz/stepTimeline';
import { createAnimationClock, type AnimationClock } from './animationClock';

/**
 * Plays a step's animation when Next or the player moved forward by exactly one step (`steppedOn`);
 * any other move (back, jumps, clicks) and reduced motion show the new step at rest at once.
 * Returns the clock and the stage playing.
 */
export function useStepAnimation(
  step: number,
  steppedOn: boolean,
  speed: number,
  reducedMotion: boolean,
): { clock: AnimationClock; stage: Stage | null } {
  const [clock] = useState(() => createAnimationClock());
  const previous = useRef(step);

  // A layout effect, so the first frame painted after a step change is already the animation's start.
  useLayoutEffect(() => {
    const from = previous.current;
    previous.current = step;
    if (steppedOn && step === from + 1 && !reducedMotion) clock.start(stepDuration(speed), STAGE_STARTS);
    else clock.finish();
    // Speed changes apply from the next step; they must not restart the one playing.
  }, [step, clock]);

  useEffect(() => {
    if (reducedMotion) clock.finish();
  }, [reducedMotion, clock]);

  const stage = useSyncExternalStore(clock.subscribe, () => (clock.isRunning() ? stageAt(clock.getProgress()) : null));
  return { clock, stage };
}
