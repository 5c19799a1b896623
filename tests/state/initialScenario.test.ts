import { describe, expect, it } from 'vitest';
import { lstmDimensions } from '../../src/core';
import { alicePreset, asLstmScenario, longGapPreset, stressScenario, tokenize, weatherPreset, type Scenario } from '../../src/model';
import { initialScenarioFromLocation, STRESS_QUERY_LIMITS } from '../../src/state';

const tokenCountOf = (scenario: Scenario) => tokenize(scenario.sentence).length;
const lstmDimensionsOf = (scenario: Scenario) => lstmDimensions(asLstmScenario(scenario).params);

describe('initialScenarioFromLocation', () => {
  it('opens the Alice example by default', () => {
    for (const search of ['', '?', '?preset=alice', '?preset=ALICE', '?preset=unknown', '?preset=', '?tokens=40']) {
      expect(initialScenarioFromLocation(search), search).toBe(alicePreset);
    }
  });

  it('accepts the query with or without the leading question mark', () => {
    expect(tokenCountOf(initialScenarioFromLocation('preset=stress&tokens=12'))).toBe(12);
  });

  it('opens the stress scenario with 200 words and 8 units by default', () => {
    const scenario = initialScenarioFromLocation('?preset=stress');
    expect(scenario).toEqual(stressScenario(200, 8));
    expect(tokenCountOf(scenario)).toBe(STRESS_QUERY_LIMITS.tokens.fallback);
    expect(lstmDimensionsOf(scenario).hiddenSize).toBe(STRESS_QUERY_LIMITS.hidden.fallback);
  });

  it('reads tokens and hidden', () => {
    const scenario = initialScenarioFromLocation('?preset=stress&tokens=37&hidden=3');
    expect(scenario).toEqual(stressScenario(37, 3));
  });

  it('ignores case and surrounding spaces in the preset name', () => {
    expect(tokenCountOf(initialScenarioFromLocation('?preset=%20Stress%20&tokens=9'))).toBe(9);
  });

  it('clamps numbers into tokens 1–500 and hidden 1–8', () => {
    const cases: [string, number, number][] = [
      ['?preset=stress&tokens=0&hidden=0', 1, 1],
      ['?preset=stress&tokens=-5&hidden=-1', 1, 1],
      ['?preset=stress&tokens=9999&hidden=64', 500, 8],
      ['?preset=stress&tokens=500&hidden=8', 500, 8],
      ['?preset=stress&tokens=1&hidden=1', 1, 1],
      ['?preset=stress&tokens=%2B20&hidden=%202%20', 20, 2],
      ['?preset=stress&tokens=99999999999999999999999', 500, 8],
    ];
    for (const [search, tokens, hidden] of cases) {
      const scenario = initialScenarioFromLocation(search);
      expect(tokenCountOf(scenario), search).toBe(tokens);
      expect(lstmDimensionsOf(scenario).hiddenSize, search).toBe(hidden);
    }
  });

  it('falls back to the defaults for values that are not integers', () => {
    for (const bad of ['', 'abc', '12.5', '1e3', 'NaN', 'Infinity', '0x10', '20px']) {
      const scenario = initialScenarioFromLocation(`?preset=stress&tokens=${encodeURIComponent(bad)}&hidden=${encodeURIComponent(bad)}`);
      expect(tokenCountOf(scenario), bad).toBe(200);
      expect(lstmDimensionsOf(scenario).hiddenSize, bad).toBe(8);
    }
  });

  it('uses the first of repeated parameters', () => {
    expect(tokenCountOf(initialScenarioFromLocation('?preset=stress&tokens=5&tokens=7'))).toBe(5);
  });
});

describe('built-in examples by id', () => {
  it('?preset= opens any built-in example by its id, and an unknown id opens Alice', () => {
    expect(initialScenarioFromLocation('?preset=long-gap')).toBe(longGapPreset);
    expect(initialScenarioFromLocation('?preset=weather')).toBe(weatherPreset);
    expect(initialScenarioFromLocation('?preset=nonsense')).toBe(alicePreset);
  });
});
