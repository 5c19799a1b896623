import { describe, expect, it } from 'vitest';
import { easedStageProgress, stageAt, stageProgress, STAGES, stepDuration } from '../../src/viz/stepTimeline';

describe('step timeline', () => {
  it('plays forget, input, update, output in order, a quarter each', () => {
    expect([0, 0.3, 0.6, 0.9].map(stageAt)).toEqual(['forget', 'input', 'update', 'output']);
    expect(stageAt(1)).toBe('output');
    expect(stageAt(-1)).toBe('forget');
  });

  it('gives each stage 0 before it starts and 1 once its motion is done, with a pause after', () => {
    expect(stageProgress(0.2, 'input')).toBe(0);
    expect(stageProgress(0.25, 'input')).toBe(0);
    expect(stageProgress(0.35, 'input')).toBeCloseTo(0.5, 10); // 0.1 of a 0.2-long motion
    expect(stageProgress(0.45, 'input')).toBe(1); // motion ends at 80% of the quarter…
    expect(stageProgress(0.49, 'input')).toBe(1); // …and the stage rests until 0.5
    for (const stage of STAGES) expect(stageProgress(1, stage)).toBe(1);
  });

  it('eases without leaving [0, 1]', () => {
    for (let p = 0; p <= 1; p += 0.01) {
      for (const stage of STAGES) {
        const value = easedStageProgress(p, stage);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('lasts about 1.5 s at 1× and scales with speed', () => {
    expect(stepDuration(1)).toBe(1500);
    expect(stepDuration(4)).toBe(375);
    expect(stepDuration(0.25)).toBe(6000);
  });
});
