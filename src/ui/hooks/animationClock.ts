/**
 * The clock that plays one step's animation: progress runs from 0 to 1 over a duration, driven by
 * requestAnimationFrame only while it runs. Components subscribe with useSyncExternalStore, so only the
 * drawing re-renders each frame. At rest the progress is 1.
 *
 * Milestones (the stages' starts) are never skipped: when a stalled frame (a busy machine, a heavy
 * render) would carry the progress past more than one of them, the clock stops at the first milestone it
 * passed and carries on from there, so every stage is shown for at least a frame.
 */
export interface AnimationClock {
  /** starts a new animation from 0, finishing any running one first; `milestones` ascend within (0, 1) */
  start: (durationMs: number, milestones?: readonly number[]) => void;
  /** jumps the running animation to its end */
  finish: () => void;
  isRunning: () => boolean;
  getProgress: () => number;
  subscribe: (listener: () => void) => () => void;
  /** called once each time an animation reaches its end (by time or by finish) */
  onFinished: (listener: () => void) => () => void;
}

/** Creates a clock; `now` and `frame` are injectable for tests. Mutates only its own state. */
export function createAnimationClock(
  now: () => number = () => performance.now(),
  frame: (callback: () => void) => number = (callback) => requestAnimationFrame(callback),
  cancel: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
): AnimationClock {
  let progress = 1;
  let startedAt = 0;
  let duration = 0;
  let stops: readonly number[] = [];
  let handle: number | null = null;
  const listeners = new Set<() => void>();
  const finishListeners = new Set<() => void>();

  const notify = () => listeners.forEach((listener) => listener());
  const stop = () => {
    if (handle !== null) cancel(handle);
    handle = null;
  };
  const complete = () => {
    stop();
    progress = 1;
    notify();
    finishListeners.forEach((listener) => listener());
  };
  const tick = () => {
    handle = null;
    const time = now();
    const reached = Math.min(1, (time - startedAt) / duration);
    // The milestones between this frame's progress and the reached one: past the first, the frame stalled.
    const passed = stops.filter((stop) => stop > progress && stop <= reached);
    if (passed.length > 1 || (passed.length === 1 && reached >= 1)) {
      progress = passed[0];
      startedAt = time - progress * duration;
    } else progress = reached;
    if (progress >= 1) complete();
    else {
      notify();
      handle = frame(tick);
    }
  };

  return {
    start(durationMs, milestones = []) {
      if (handle !== null) complete();
      if (!(durationMs > 0)) {
        complete();
        return;
      }
      duration = durationMs;
      stops = milestones;
      startedAt = now();
      progress = 0;
      notify();
      handle = frame(tick);
    },
    finish() {
      if (handle !== null) complete();
    },
    isRunning: () => handle !== null,
    getProgress: () => progress,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onFinished(listener) {
      finishListeners.add(listener);
      return () => finishListeners.delete(listener);
    },
  };
}
