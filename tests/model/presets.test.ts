import { describe, expect, it } from 'vitest';
import { lstmDimensions, type LstmStep } from '../../src/core';
import {
  PRESETS,
  alicePreset,
  candidateMemoryPreset,
  longGapPreset,
  motherlandPreset,
  presetById,
  traceScenario,
  weatherPreset,
  type LstmScenario,
  type ScenarioTrace,
} from '../../src/model';

/** The step at the `occurrence`-th token spelled `text`; fails the test if there is none. */
function stepAt(trace: ScenarioTrace, text: string, occurrence = 0): LstmStep {
  const indices = trace.tokens.filter((token) => token.text === text).map((token) => token.index);
  expect(indices.length, `token "${text}"`).toBeGreaterThan(occurrence);
  return trace.steps[indices[occurrence]];
}

/** A deep copy of a preset with an edit applied, so a counterfactual never touches the shared constant. */
function edited(scenario: LstmScenario, edit: (copy: LstmScenario) => void): LstmScenario {
  const copy = structuredClone(scenario);
  edit(copy);
  return copy;
}

const product = (a: number[], b: number[]) => a.map((value, unit) => value * b[unit]);

describe('PRESETS', () => {
  it('lists the six presets in menu order, Alice first and the Alice that remembers next', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual(['alice', 'alice-remembered', 'candidate-memory', 'long-gap', 'motherland', 'weather']);
    expect(PRESETS[0].scenario).toBe(alicePreset);
  });

  it('finds a preset by id and returns undefined for an unknown one', () => {
    expect(presetById('weather')?.scenario).toBe(weatherPreset);
    expect(presetById('long-gap')?.scenario).toBe(longGapPreset);
    expect(presetById('nope')).toBeUndefined();
    expect(presetById('')).toBeUndefined();
  });

  describe.each(PRESETS.map((preset) => [preset.id, preset.scenario] as const))('%s', (_id, scenario) => {
    it('has H × (H + D) weights matching its features, and biases of length H', () => {
      const { inputSize } = lstmDimensions(scenario.params);
      expect(inputSize).toBe(scenario.features.length);
    });

    it('knows every token of its sentence, each as a vector of length D', () => {
      const trace = traceScenario(scenario);
      expect(trace.tokens.length).toBeGreaterThan(0);
      expect(trace.tokens.filter((token) => token.unknown).map((token) => token.text)).toEqual([]);
      for (const vector of Object.values(scenario.vocabulary)) expect(vector).toHaveLength(scenario.features.length);
    });

    it('keeps every weight and bias within the editor range |w| ≤ 10', () => {
      const { Wf, Wi, Wc, Wo, bf, bi, bc, bo } = scenario.params;
      const all = [Wf, Wi, Wc, Wo].flat(2).concat(bf, bi, bc, bo);
      expect(all.every((value) => Number.isFinite(value) && Math.abs(value) <= 10)).toBe(true);
    });
  });

  describe.each(PRESETS.filter((preset) => preset.id !== 'alice').map((preset) => [preset.id, preset.scenario] as const))(
    '%s description',
    (_id, scenario) => {
      it('is one sentence', () => {
        expect(scenario.description).toMatch(/^\S.*[.!?]$/);
        expect(scenario.description).not.toMatch(/[.!?]\s/);
      });
    },
  );
});

describe('candidate memory (seed 000)', () => {
  const natureStep = stepAt(traceScenario(candidateMemoryPreset), '自然');

  it('proposes c̃ ≈ [0.8, −0.3, 0.4] at 自然', () => {
    expect(natureStep.cTilde.map((value) => value.toFixed(3))).toEqual(['0.800', '-0.300', '0.400']);
    natureStep.cTilde.forEach((value, unit) => expect(Math.abs(value - [0.8, -0.3, 0.4][unit])).toBeLessThan(1e-3));
  });

  it('opens the input gate to i ≈ [0.9, 0.2, 0.7] at 自然', () => {
    expect(natureStep.i.map((value) => value.toFixed(3))).toEqual(['0.900', '0.200', '0.700']);
    natureStep.i.forEach((value, unit) => expect(Math.abs(value - [0.9, 0.2, 0.7][unit])).toBeLessThan(1e-3));
  });

  it('writes i ⊙ c̃ ≈ [0.72, −0.06, 0.28], and the cell, empty before, holds exactly that', () => {
    const written = product(natureStep.i, natureStep.cTilde);
    written.forEach((value, unit) => expect(Math.abs(value - [0.72, -0.06, 0.28][unit])).toBeLessThan(1e-3));
    expect(natureStep.cPrev).toEqual([0, 0, 0]);
    natureStep.c.forEach((value, unit) => expect(value).toBeCloseTo(written[unit], 12));
  });

  it('lets most of units 1 and 3 through but only a fifth of unit 2', () => {
    const passed = product(natureStep.i, natureStep.cTilde).map((value, unit) => value / natureStep.cTilde[unit]);
    expect(passed[0]).toBeGreaterThan(0.85);
    expect(passed[2]).toBeGreaterThan(0.65);
    expect(passed[1]).toBeLessThan(0.25);
  });
});

describe('long gap: France … French (seed 001)', () => {
  const trace = traceScenario(longGapPreset);
  const texts = trace.tokens.map((token) => token.text);
  const franceAt = texts.indexOf('France');
  const speakAt = texts.indexOf('speak');
  const fillers = trace.steps.slice(franceAt + 1, speakAt);
  const cues = trace.steps.slice(speakAt);
  const last = trace.steps[trace.steps.length - 1];

  it('has a gap of several filler words between France and speak', () => {
    expect(franceAt).toBeGreaterThanOrEqual(0);
    expect(fillers.length).toBeGreaterThanOrEqual(5);
    expect(texts.slice(speakAt)).toEqual(['speak', 'fluent', 'French']);
  });

  it('stores France in unit 1: input gate open, candidate high, output gate shut', () => {
    const france = trace.steps[franceAt];
    expect(france.i[0]).toBeGreaterThan(0.95);
    expect(france.cTilde[0]).toBeGreaterThan(0.95);
    expect(france.c[0]).toBeGreaterThan(0.95);
    expect(france.o[0]).toBeLessThan(0.05);
  });

  it('keeps it through every filler: forget gate near 1, input gate near 0, C above 0.9, h hidden', () => {
    for (const step of fillers) {
      expect(step.f[0]).toBeGreaterThan(0.99);
      expect(step.i[0]).toBeLessThan(0.05);
      expect(step.c[0]).toBeGreaterThan(0.9);
      expect(step.h[0]).toBeLessThan(0.05);
    }
  });

  it('releases it at speak, fluent and French: output gate open, h₁ strong', () => {
    for (const step of cues) {
      expect(step.o[0]).toBeGreaterThan(0.95);
      expect(step.c[0]).toBeGreaterThan(0.9);
      expect(step.h[0]).toBeGreaterThan(0.65);
    }
  });

  it('has unit 2 forget at once, like a simple RNN', () => {
    for (const step of trace.steps) expect(step.f[1]).toBeLessThan(0.1);
    for (const step of fillers) expect(step.h[1]).toBeLessThan(-0.5);
    expect(last.h[1]).toBeGreaterThan(0.65);
  });

  it('owes h₁ at French to France alone: without it unit 1 ends silent and unit 2 does not notice', () => {
    const noFrance = traceScenario(edited(longGapPreset, (copy) => (copy.vocabulary.france = [0, 0, 1])));
    const end = noFrance.steps[noFrance.steps.length - 1];
    expect(end.h[0]).toBeLessThan(0.01);
    expect(Math.abs(end.h[1] - last.h[1])).toBeLessThan(1e-6);
  });

  it('fades when the forget bias is lowered: the memory is the weights, not a canned answer', () => {
    const leaky = traceScenario(edited(longGapPreset, (copy) => (copy.params.bf[0] = 0)));
    expect(leaky.steps[franceAt].c[0]).toBeGreaterThan(0.95);
    expect(leaky.steps[speakAt].c[0]).toBeLessThan(0.01);
    expect(leaky.steps[leaky.steps.length - 1].h[0]).toBeLessThan(0.01);
  });
});

describe('我 爱 祖国 (seed 004)', () => {
  const trace = traceScenario(motherlandPreset);
  const [wo, ai, zuguo] = trace.steps;

  it('has the three words as three steps', () => {
    expect(trace.tokens.map((token) => token.text)).toEqual(['我', '爱', '祖国']);
  });

  it('adds a similar amount at every word while the forget gate keeps the rest', () => {
    const added = trace.steps.map((step) => step.i[0] * step.cTilde[0]);
    expect(Math.min(...added)).toBeGreaterThan(0.25);
    expect(Math.max(...added) - Math.min(...added)).toBeLessThan(0.01);
    for (const step of trace.steps) expect(step.f[0]).toBeGreaterThan(0.99);
  });

  it('builds the memory up over the three words', () => {
    expect(ai.c[0]).toBeGreaterThan(wo.c[0]);
    expect(zuguo.c[0]).toBeGreaterThan(ai.c[0]);
    expect(zuguo.c[0]).toBeGreaterThan(2.8 * wo.c[0]);
  });

  it('opens the output gate wide only at 祖国, so h is largest there', () => {
    expect(wo.o[0]).toBeLessThan(ai.o[0]);
    expect(ai.o[0]).toBeLessThan(0.5);
    expect(zuguo.o[0]).toBeGreaterThan(0.85);
    expect(zuguo.h[0]).toBeGreaterThan(4 * ai.h[0]);
  });

  it('only knows the last word when its forget gate shuts, like a short memory', () => {
    const forgetful = traceScenario(edited(motherlandPreset, (copy) => (copy.params.bf[0] = -5)));
    const end = forgetful.steps[2];
    expect(end.c[0]).toBeLessThan(0.3);
    expect(end.c[0]).toBeCloseTo(end.i[0] * end.cTilde[0], 2);
  });
});

describe('今天 天气 很 好 (seed 000)', () => {
  const trace = traceScenario(weatherPreset);
  const [today, weather, very, good] = trace.steps;

  it('has the four words as four steps', () => {
    expect(trace.tokens.map((token) => token.text)).toEqual(['今天', '天气', '很', '好']);
  });

  it('stores 今天 in unit 1 only, without showing it', () => {
    expect(today.i[0]).toBeGreaterThan(0.95);
    expect(today.c[0]).toBeGreaterThan(0.9);
    expect(Math.abs(today.c[1])).toBeLessThan(0.01);
    expect(Math.max(...today.o)).toBeLessThan(0.05);
  });

  it('lets 今天 survive 天气 through the forget gate while unit 2 stores the weather', () => {
    expect(weather.f[0]).toBeGreaterThan(0.95);
    expect(weather.i[0]).toBeLessThan(0.05);
    expect(weather.c[0]).toBeGreaterThan(0.95 * today.c[0]);
    expect(weather.i[1]).toBeGreaterThan(0.95);
    expect(weather.c[1]).toBeGreaterThan(0.9);
  });

  it('passes 很 without touching the belt', () => {
    expect(Math.max(...very.i)).toBeLessThan(0.05);
    very.c.forEach((value, unit) => expect(value).toBeGreaterThan(0.97 * weather.c[unit]));
  });

  it('keeps both memories hidden until the output gates open at 好', () => {
    for (const step of [today, weather, very]) expect(Math.max(...step.h)).toBeLessThan(0.05);
    for (const unit of [0, 1]) {
      expect(good.o[unit]).toBeGreaterThan(0.95);
      expect(good.h[unit]).toBeGreaterThan(0.65);
    }
  });

  it('loses 今天 if the forget gate closes at 天气: the forget gate decides', () => {
    const weatherColumn = 2 + weatherPreset.features.indexOf('weather');
    const closing = traceScenario(edited(weatherPreset, (copy) => (copy.params.Wf[0][weatherColumn] = -8)));
    expect(closing.steps[1].f[0]).toBeLessThan(0.05);
    expect(closing.steps[1].c[0]).toBeLessThan(0.05);
    expect(closing.steps[3].h[0]).toBeLessThan(0.05);
    expect(closing.steps[3].h[1]).toBeCloseTo(good.h[1], 12);
  });
});
