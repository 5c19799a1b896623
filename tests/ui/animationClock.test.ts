import { describe, expect, it } from 'vitest';
import { createAnimationClock } from '../../src/ui/hooks/animationClock';

/** A clock driven by hand: `advance` moves time and runs the pending frame. */
function manualClock() {
  let time = 0;
  let pending: (() => void) | null = null;
  let nextHandle = 1;
  const clock = createAnimationClock(
    () => time,
    (callback) => {
      pending = callback;
      return nextHandle++;
    },
    () => {
      pending = null;
    },
  );
  const advance = (ms: number) => {
    time += ms;
    const run = pending;
    pending = null;
    run?.();
  };
  return { clock, advance, hasPendingFrame: () => pending !== null };
}

describe('animation clock', () => {
  it('rests at progress 1 and requests no frames', () => {
    const { clock, hasPendingFrame } = manualClock();
    expect(clock.getProgress()).toBe(1);
    expect(clock.isRunning()).toBe(false);
    expect(hasPendingFrame()).toBe(false);
  });

  it('runs from 0 to 1 over the duration, then stops asking for frames', () => {
    const { clock, advance, hasPendingFrame } = manualClock();
    const seen: number[] = [];
    clock.subscribe(() => seen.push(clock.getProgress()));
    let finished = 0;
    clock.onFinished(() => finished++);
    clock.start(1000);
    advance(250);
    expect(clock.getProgress()).toBe(0.25);
    advance(800);
    expect(clock.getProgress()).toBe(1);
    expect(clock.isRunning()).toBe(false);
    expect(hasPendingFrame()).toBe(false);
    expect(finished).toBe(1);
    expect(seen).toEqual([0, 0.25, 1]);
  });

  it('finish() jumps to the end at once and reports it', () => {
    const { clock, advance } = manualClock();
    let finished = 0;
    clock.onFinished(() => finished++);
    clock.start(1000);
    advance(100);
    clock.finish();
    expect(clock.getProgress()).toBe(1);
    expect(finished).toBe(1);
    clock.finish(); // nothing running: no second report
    expect(finished).toBe(1);
  });

  it('a new start finishes the running animation first', () => {
    const { clock, advance } = manualClock();
    let finished = 0;
    clock.onFinished(() => finished++);
    clock.start(1000);
    advance(100);
    clock.start(1000);
    expect(finished).toBe(1);
    expect(clock.getProgress()).toBe(0);
  });

  it('a zero duration (reduced motion) completes immediately', () => {
    const { clock } = manualClock();
    clock.start(0);
    expect(clock.getProgress()).toBe(1);
    expect(clock.isRunning()).toBe(false);
  });
});
