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

  it('a stalled frame stops at the first milestone it would skip, and the animation carries on from there', () => {
    const { clock, advance } = manualClock();
    const seen: number[] = [];
    clock.subscribe(() => seen.push(clock.getProgress()));
    clock.start(1000, [0.25, 0.5, 0.75]);
    advance(100); // 0.1: the first stage
    advance(600); // would be 0.7, past 0.25 and 0.5: held at 0.25
    expect(clock.getProgress()).toBe(0.25);
    advance(100); // 100 ms after the hold
    expect(clock.getProgress()).toBeCloseTo(0.35, 12);
    advance(2000); // would be past the end: held at the next milestone, 0.5
    expect(clock.getProgress()).toBe(0.5);
    advance(300); // 0.8: one milestone crossed, allowed
    expect(clock.getProgress()).toBeCloseTo(0.8, 12);
    advance(5000); // no milestone left before the end
    expect(clock.isRunning()).toBe(false);
    expect(seen.slice(0, 3)).toEqual([0, 0.1, 0.25]);
    expect(seen.at(-1)).toBe(1);
  });

  it('with one milestone left before the end, a stall shows it before finishing', () => {
    const { clock, advance } = manualClock();
    clock.start(1000, [0.25, 0.5, 0.75]);
    advance(300); // 0.3: one milestone crossed
    advance(300); // 0.6: one more
    expect(clock.getProgress()).toBeCloseTo(0.6, 12);
    advance(1000); // would finish, skipping the stage from 0.75
    expect(clock.getProgress()).toBe(0.75);
    expect(clock.isRunning()).toBe(true);
    advance(250);
    expect(clock.isRunning()).toBe(false);
  });

  it('finish() still ends at once, milestones or not', () => {
    const { clock, advance } = manualClock();
    clock.start(1000, [0.25, 0.5, 0.75]);
    advance(10);
    clock.finish();
    expect(clock.getProgress()).toBe(1);
    expect(clock.isRunning()).toBe(false);
  });
});
