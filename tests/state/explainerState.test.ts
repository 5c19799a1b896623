import { describe, expect, it } from 'vitest';
import { clampStep, explainerReducer, initialExplainerState, stepCountOf } from '../../src/state';

describe('explainerReducer', () => {
  it('starts at the first word of the Alice example', () => {
    expect(initialExplainerState.step).toBe(0);
    expect(stepCountOf(initialExplainerState.scenario)).toBe(5);
  });

  it('moves forward and back within the sentence', () => {
    let state = initialExplainerState;
    for (let k = 0; k < 10; k++) state = explainerReducer(state, { type: 'nextStep' });
    expect(state.step).toBe(4);
    state = explainerReducer(state, { type: 'previousStep' });
    expect(state.step).toBe(3);
    state = explainerReducer(state, { type: 'firstStep' });
    expect(state.step).toBe(0);
    state = explainerReducer(state, { type: 'previousStep' });
    expect(state.step).toBe(0);
    state = explainerReducer(state, { type: 'lastStep' });
    expect(state.step).toBe(4);
  });

  it('clamps jumps and returns the same object when nothing changes', () => {
    expect(explainerReducer(initialExplainerState, { type: 'setStep', step: 99 }).step).toBe(4);
    expect(explainerReducer(initialExplainerState, { type: 'setStep', step: 0 })).toBe(initialExplainerState);
  });

  it('clampStep handles empty sentences and non-finite steps', () => {
    expect(clampStep(3, 0)).toBe(0);
    expect(clampStep(Number.NaN, 5)).toBe(0);
    expect(clampStep(2.7, 5)).toBe(2);
  });

  it('remembers whether a step was reached by stepping on (which animates) or by a jump', () => {
    const next = explainerReducer(initialExplainerState, { type: 'nextStep' });
    expect(next.lastMove).toBe('next');
    const clicked = explainerReducer(next, { type: 'setStep', step: 2 });
    expect(clicked.lastMove).toBe('jump');
    const back = explainerReducer(clicked, { type: 'previousStep' });
    expect(back.lastMove).toBe('jump');
    const playing = explainerReducer(back, { type: 'togglePlay' });
    expect(explainerReducer(playing, { type: 'playTick' }).lastMove).toBe('next');
  });
});
