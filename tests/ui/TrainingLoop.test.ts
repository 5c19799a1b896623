/**
 * The training loop shared by the worker and the inline runner: commands, pacing, the step budget, and
 * the runner's fallback when no Worker can be started (as in Node).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTrainingLoop, STEPS_PER_TICK, TICK_MS } from '../../src/ui/panels/Training/loop';
import type { TrainingSnapshot } from '../../src/ui/panels/Training/protocol';
import { createWorkerRunner } from '../../src/ui/panels/Training/runners';
import { MAX_TRAINING_STEPS } from '../../src/ui/panels/Training/session';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function loop() {
  const posted: TrainingSnapshot[] = [];
  const training = createTrainingLoop((snapshot) => posted.push(snapshot));
  const last = () => posted[posted.length - 1];
  return { training, posted, last };
}

describe('createTrainingLoop', () => {
  it('posts after every command and every tick while running, STEPS_PER_TICK steps a tick', () => {
    const { training, posted, last } = loop();
    training.handle({ type: 'reset', seed: 3 });
    expect(last()).toMatchObject({ seed: 3, status: 'idle', steps: 0, maxSteps: MAX_TRAINING_STEPS });
    expect(last().history).toHaveLength(1);
    training.handle({ type: 'start' });
    expect(last().status).toBe('running');
    vi.advanceTimersByTime(0);
    expect(last().steps).toBe(STEPS_PER_TICK);
    vi.advanceTimersByTime(TICK_MS);
    expect(last().steps).toBe(2 * STEPS_PER_TICK);
    expect(last().history.map((point) => point.step)).toEqual([0, STEPS_PER_TICK, 2 * STEPS_PER_TICK]);
    training.handle({ type: 'pause' });
    const count = posted.length;
    vi.advanceTimersByTime(10 * TICK_MS);
    expect(posted).toHaveLength(count);
    expect(last().status).toBe('paused');
    training.handle({ type: 'pause' });
    expect(posted).toHaveLength(count);
  });

  it('stops by itself at the step budget; one step may still go past it', () => {
    const { training, last } = loop();
    training.handle({ type: 'start' });
    vi.advanceTimersByTime((MAX_TRAINING_STEPS / STEPS_PER_TICK + 5) * TICK_MS);
    expect(last()).toMatchObject({ status: 'finished', steps: MAX_TRAINING_STEPS, seed: 1 });
    training.handle({ type: 'start' });
    expect(last().status).toBe('finished');
    training.handle({ type: 'step' });
    expect(last()).toMatchObject({ status: 'finished', steps: MAX_TRAINING_STEPS + 1 });
    training.handle({ type: 'reset', seed: 1 });
    expect(last()).toMatchObject({ status: 'idle', steps: 0 });
  });

  it('one step pauses a running session', () => {
    const { training, last } = loop();
    training.handle({ type: 'start' });
    vi.advanceTimersByTime(0);
    training.handle({ type: 'step' });
    expect(last()).toMatchObject({ status: 'paused', steps: STEPS_PER_TICK + 1 });
    vi.advanceTimersByTime(5 * TICK_MS);
    expect(last().steps).toBe(STEPS_PER_TICK + 1);
  });
});

describe('createWorkerRunner', () => {
  it('trains on the page when no Worker can be started', () => {
    const runner = createWorkerRunner();
    const seen: TrainingSnapshot[] = [];
    runner.send({ type: 'reset', seed: 5 });
    runner.subscribe((snapshot) => seen.push(snapshot));
    expect(seen[0]).toMatchObject({ seed: 5, steps: 0 });
    runner.send({ type: 'step' });
    expect(seen[1].steps).toBe(1);
    runner.dispose();
    runner.send({ type: 'step' });
    expect(seen).toHaveLength(2);
  });
});
