import { describe, expect, it } from 'vitest';
import { lstmDimensions } from '../../src/core';
import { mulberry32, randomLstmParams, stressScenario, tokenize, traceScenario, vocabularyKey } from '../../src/model';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const take = (seed: number) => {
      const next = mulberry32(seed);
      return Array.from({ length: 5 }, next);
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('stays in [0, 1) and spreads over the interval', () => {
    const next = mulberry32(7);
    const values = Array.from({ length: 10000 }, next);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('gives the reference mulberry32 value for seed 0', () => {
    expect(mulberry32(0)()).toBeCloseTo(0.26642920868471265, 15);
  });
});

describe('randomLstmParams', () => {
  it('has H rows of H + D columns and H biases, within ±scale', () => {
    const params = randomLstmParams(3, 4, 11, 0.25);
    expect(lstmDimensions(params)).toEqual({ hiddenSize: 3, inputSize: 4 });
    const all = [params.Wf, params.Wi, params.Wc, params.Wo].flat(2).concat(params.bf, params.bi, params.bc, params.bo);
    expect(all).toHaveLength(4 * 3 * 7 + 4 * 3);
    expect(all.every((v) => Math.abs(v) <= 0.25)).toBe(true);
  });

  it('is reproducible for a seed and changes with it', () => {
    expect(randomLstmParams(2, 3, 5, 1)).toEqual(randomLstmParams(2, 3, 5, 1));
    expect(randomLstmParams(2, 3, 5, 1)).not.toEqual(randomLstmParams(2, 3, 6, 1));
  });

  it('names the bad argument', () => {
    expect(() => randomLstmParams(0, 3, 1, 1)).toThrow(/hiddenSize/);
    expect(() => randomLstmParams(2, 1.5, 1, 1)).toThrow(/inputSize/);
    expect(() => randomLstmParams(2, 3, Number.NaN, 1)).toThrow(/seed/);
    expect(() => randomLstmParams(2, 3, 1, -1)).toThrow(/scale/);
  });
});

describe('stressScenario', () => {
  it('has the requested number of words, H units and D = 6 binary features', () => {
    const scenario = stressScenario(200, 8);
    expect(tokenize(scenario.sentence)).toHaveLength(200);
    expect(scenario.features).toHaveLength(6);
    expect(lstmDimensions(scenario.params)).toEqual({ hiddenSize: 8, inputSize: 6 });
    const vectors = Object.values(scenario.vocabulary);
    expect(vectors.length).toBeGreaterThanOrEqual(10);
    expect(vectors.every((v) => v.length === 6 && v.every((x) => x === 0 || x === 1))).toBe(true);
    expect(new Set(vectors.map((v) => v.join(''))).size).toBe(vectors.length);
  });

  it('uses only vocabulary words, so no token is unknown', () => {
    const { tokens } = traceScenario(stressScenario(120, 3));
    expect(tokens.every((token) => !token.unknown)).toBe(true);
    for (const token of tokens) expect(stressScenario(120, 3).vocabulary[vocabularyKey(token.text)]).toBeDefined();
  });

  it('defaults to 200 words and 8 units', () => {
    const scenario = stressScenario();
    expect(tokenize(scenario.sentence)).toHaveLength(200);
    expect(scenario.params.Wf).toHaveLength(8);
  });

  it('is deterministic and does not share arrays between calls', () => {
    const first = stressScenario(50, 4);
    const second = stressScenario(50, 4);
    expect(first).toEqual(second);
    first.vocabulary.cat[0] = 9;
    first.params.Wf[0][0] = 9;
    expect(stressScenario(50, 4)).toEqual(second);
  });

  it('a longer sentence starts with the same words', () => {
    const short = tokenize(stressScenario(30, 2).sentence).map((t) => t.text);
    const long = tokenize(stressScenario(300, 2).sentence).map((t) => t.text);
    expect(long.slice(0, 30)).toEqual(short);
  });

  it('runs through traceScenario with every value finite', () => {
    for (const [tokens, hidden] of [[1, 1], [200, 8], [500, 8]] as const) {
      const trace = traceScenario(stressScenario(tokens, hidden));
      expect(trace.steps).toHaveLength(tokens);
      expect(trace.hiddenSize).toBe(hidden);
      const vectors = trace.steps.flatMap((step) => [step.f, step.i, step.cTilde, step.o, step.c, step.h]);
      expect(vectors.every((values) => values.length === hidden)).toBe(true);
      expect(vectors.flat().every(Number.isFinite)).toBe(true);
    }
  });

  it('names a bad argument', () => {
    expect(() => stressScenario(0, 8)).toThrow(/tokenCount/);
    expect(() => stressScenario(10, 0)).toThrow(/hiddenSize/);
    expect(() => stressScenario(2.5, 8)).toThrow(/tokenCount/);
  });
});
