import { describe, expect, it } from 'vitest';
import { runLstm, type LstmParams } from '../../src/core';

// Parameters and expected values copied from the seed digest (SEEDS.md), computed there in float64.
const params: LstmParams = {
  Wf: [[0.2, 0.3, -0.1, 0.4]],
  Wi: [[0.5, 0.2, 0.3, -0.2]],
  Wo: [[0.1, -0.2, 0.4, 0.3]],
  Wc: [[0.3, 0.1, -0.2, 0.5]],
  bf: [-0.1],
  bi: [0.3],
  bo: [-0.2],
  bc: [0.1],
};
const xs = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 0],
  [1, 0, 1],
  [0, 1, 0],
];
const expected = [
  { f: 0.549834, i: 0.622459, cTilde: 0.197375, o: 0.401312, c: 0.122858, h: 0.049058 },
  { f: 0.452596, i: 0.651248, cTilde: -0.085076, o: 0.551048, c: 0.000199, h: 0.00011 },
  { f: 0.475026, i: 0.574456, cTilde: 0.099701, o: 0.450169, c: 0.057368, h: 0.025797 },
  { f: 0.646836, i: 0.577593, cTilde: 0.609257, o: 0.475664, c: 0.38901, h: 0.176237 },
  { f: 0.458905, i: 0.665548, cTilde: -0.047094, o: 0.554192, c: 0.147175, h: 0.08098 },
];

describe('runLstm on the Alice example', () => {
  const steps = runLstm(params, xs);

  it('returns one step per token', () => {
    expect(steps).toHaveLength(5);
  });

  it.each(expected.map((row, t) => [t, row] as const))('matches the seed table at t=%i', (t, row) => {
    const step = steps[t];
    for (const key of ['f', 'i', 'cTilde', 'o', 'c', 'h'] as const) {
      expect(Math.abs(step[key][0] - row[key]), `${key} at t=${t}`).toBeLessThan(1e-6);
    }
  });

  it('chains the state: each step starts from the previous one', () => {
    expect(steps[0].hPrev).toEqual([0]);
    expect(steps[0].cPrev).toEqual([0]);
    for (let t = 1; t < steps.length; t++) {
      expect(steps[t].hPrev).toEqual(steps[t - 1].h);
      expect(steps[t].cPrev).toEqual(steps[t - 1].c);
    }
  });

  it('gives the pre-activation quoted in the issue for f at "She": σ(0.605)', () => {
    // W_f·[h2, x3] + b_f = 0.2·h2 + 0.3 + 0.4 − 0.1, with h2 = 0.025797 from the table.
    expect(steps[3].zf[0]).toBeCloseTo(0.2 * 0.025797 + 0.3 + 0.4 - 0.1, 5);
  });
});
