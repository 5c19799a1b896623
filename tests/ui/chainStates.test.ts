import { describe, expect, it } from 'vitest';
import { alicePreset, traceScenario, withCell } from '../../src/model';
import { chainStates, compactState, fitsOnCell } from '../../src/ui/panels/TokenStrip/chainStates';

describe('the chain of words', () => {
  it('passes on C_t and h_t after each word (SEEDS.md 002), and only h for the GRU', () => {
    const states = chainStates(traceScenario(alicePreset).cellSteps);
    expect(states).toHaveLength(5);
    expect(states[0].c?.[0]).toBeCloseTo(0.122858, 6);
    expect(states[0].h[0]).toBeCloseTo(0.049058, 6);
    expect(states[3].c?.[0]).toBeCloseTo(0.38901, 5);
    expect(states[3].h[0]).toBeCloseTo(0.176237, 6);
    const gru = chainStates(traceScenario(withCell(alicePreset, 'gru')).cellSteps);
    expect(gru.every((state) => state.c === null && state.h.length === 1)).toBe(true);
  });

  it('stands one unit for itself and a vector for its length', () => {
    expect(compactState([-0.25])).toEqual({ value: -0.25, isNorm: false });
    expect(compactState([3, -4])).toEqual({ value: 5, isNorm: true });
  });

  it('prints short whole-number inputs on the cell, and draws long or fractional ones', () => {
    expect(fitsOnCell([1, 0, 1])).toBe(true);
    expect(fitsOnCell([0.25, 1])).toBe(false);
    expect(fitsOnCell([1, 0, 0, 0, 0, 1])).toBe(false);
  });
});
