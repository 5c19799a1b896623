import { describe, expect, it } from 'vitest';
import {
  FIGURE_TOLERANCE_UNITS,
  alicePreset,
  checkSourceFigures,
  traceScenario,
  type FigureComparison,
  type Scenario,
  type SourceFigures,
} from '../../src/model';

const check = (scenario: Scenario) => checkSourceFigures(scenario, traceScenario(scenario));
const figures = alicePreset.sourceFigures as SourceFigures;

function comparisonsOf(scenario: Scenario): FigureComparison[] {
  const result = check(scenario);
  if (!result?.applies) throw new Error('expected the figures to apply');
  return result.comparisons;
}

describe('the Alice preset’s article figures', () => {
  it('are the figures seeds/002 prints for C and h, computed with the preset’s own parameters', () => {
    expect(figures.source).toBe('seeds/002');
    expect(figures.params).toEqual(alicePreset.params);
    expect(figures.figures.map((f) => `${f.quantity}${f.step}≈${f.printed}${f.stated ? ' (stated)' : ''}`)).toEqual([
      'c0≈0.122',
      'h0≈0.048',
      'c1≈0.000',
      'h1≈0.000',
      'c2≈0.012 (stated)',
      'h2≈0.005 (stated)',
      'c3≈0.356',
      'h3≈0.164',
    ]);
  });

  it('agree at t=0 and t=1, and are off at the skipped t=2 and at t=3', () => {
    const comparisons = comparisonsOf(alicePreset);
    expect(comparisons.map((c) => [c.quantity, c.step, c.agrees])).toEqual([
      ['c', 0, true],
      ['h', 0, true],
      ['c', 1, true],
      ['h', 1, true],
      ['c', 2, false],
      ['h', 2, false],
      ['c', 3, false],
      ['h', 3, false],
    ]);
  });

  it('pairs each printed figure with the live exact value (SEEDS.md: C₂ = 0.057368, h₂ = 0.025797)', () => {
    const trace = traceScenario(alicePreset);
    const comparisons = comparisonsOf(alicePreset);
    const c2 = comparisons.find((c) => c.quantity === 'c' && c.step === 2);
    expect(c2).toMatchObject({ article: 0.012, decimals: 3, stated: true, exact: trace.steps[2].c[0] });
    expect(c2?.exact).toBeCloseTo(0.057368, 6);
    expect(comparisons.find((c) => c.quantity === 'h' && c.step === 2)?.exact).toBeCloseTo(0.025797, 6);
    expect(comparisons.find((c) => c.quantity === 'c' && c.step === 3)?.exact).toBeCloseTo(0.38901, 5);
  });
});

describe('checkSourceFigures', () => {
  it('is null for a scenario without source figures', () => {
    expect(check({ ...alicePreset, sourceFigures: undefined })).toBeNull();
  });

  it(`agrees within ${FIGURE_TOLERANCE_UNITS} units of the last printed digit (exact C₀ = 0.122858)`, () => {
    const at = (printed: string) =>
      comparisonsOf({ ...alicePreset, sourceFigures: { ...figures, figures: [{ step: 0, quantity: 'c', printed }] } })[0].agrees;
    expect(['0.1229', '0.123', '0.122', '0.124', '0.12'].map(at)).toEqual([true, true, true, true, true]);
    expect(['0.121', '0.125', '0.1225', '0.1232'].map(at)).toEqual([false, false, false, false]);
  });

  it('no longer applies once a weight changes, and applies again when it is put back', () => {
    const params = structuredClone(alicePreset.params);
    params.Wc[0][3] = 0.6; // the pronoun weight only changes t = 3 onwards
    expect(check({ ...alicePreset, params })).toEqual({ applies: false, reason: 'parameters' });
    params.Wc[0][3] = 0.5;
    expect(check({ ...alicePreset, params })?.applies).toBe(true);
  });

  it('no longer applies when the words or the initial state differ at the figures’ steps', () => {
    expect(check({ ...alicePreset, sentence: 'Bob is happy. She smiles.' })).toEqual({ applies: false, reason: 'inputs' });
    expect(check({ ...alicePreset, sentence: 'Alice is happy.' })).toEqual({ applies: false, reason: 'inputs' });
    expect(check({ ...alicePreset, c0: [0.5] })).toEqual({ applies: false, reason: 'inputs' });
    expect(check({ ...alicePreset, sentence: '' })).toEqual({ applies: false, reason: 'inputs' });
  });

  it('still applies when only words after the last figure change', () => {
    expect(check({ ...alicePreset, sentence: 'Alice is happy. She laughs a lot!' })?.applies).toBe(true);
  });
});
