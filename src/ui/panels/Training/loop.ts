import { DEFAULT_TRAINING_SEED } from '../../../model/training';
import type { TrainingCommand, TrainingSnapshot } from './protocol';
import { createTrainingSession, type TrainingSession } from './session';

/** Adam steps taken between two progress reports while running. */
export const STEPS_PER_TICK = 10;
/**
 * Pause between two reports. 10 steps every 250 ms is 40 steps a second: the plateau at chance, the
 * jump to 100 % around step 120 (seed 1) and the forget gate opening after it each take a few seconds
 * to watch; a whole run of MAX_TRAINING_STEPS takes 20 s.
 */
export const TICK_MS = 250;

/** The two timer functions the loop needs, so tests can pass fake ones. */
export interface LoopTimers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const globalTimers: LoopTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Drives a training session from commands: while running it advances STEPS_PER_TICK steps every
 * TICK_MS and posts a snapshot after each tick and each command. Runs the same in the worker and on the
 * page. Returns the command handler and a stop function.
 */
export function createTrainingLoop(post: (snapshot: TrainingSnapshot) => void, timers: LoopTimers = globalTimers) {
  let session: TrainingSession | null = null;
  let timer: unknown = null;
  const sessionFor = (seed = DEFAULT_TRAINING_SEED): TrainingSession => (session ??= createTrainingSession(seed));
  const stopTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const tick = () => {
    timer = null;
    const current = sessionFor();
    current.advance(STEPS_PER_TICK);
    const snapshot = current.snapshot();
    post(snapshot);
    if (snapshot.status === 'running') timer = timers.setTimeout(tick, TICK_MS);
  };
  const handle = (command: TrainingCommand): void => {
    if (command.type === 'reset') {
      stopTimer();
      if (session) session.reset(command.seed);
      else sessionFor(command.seed);
      post(sessionFor().snapshot());
      return;
    }
    const current = sessionFor();
    const status = current.snapshot().status;
    if (command.type === 'start') {
      if (status === 'running' || status === 'finished') return;
      current.setStatus('running');
      post(current.snapshot());
      timer = timers.setTimeout(tick, 0);
    } else if (command.type === 'pause') {
      if (status !== 'running') return;
      stopTimer();
      current.setStatus('paused');
      post(current.snapshot());
    } else {
      // One step pauses a running session first, and may go past the run's step budget.
      stopTimer();
      current.advance(1, true);
      if (status !== 'finished') current.setStatus('paused');
      post(current.snapshot());
    }
  };
  return { handle, stop: stopTimer };
}
