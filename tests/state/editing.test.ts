import { describe, expect, it } from 'vitest';
import { alicePreset, asLstmScenario } from '../../src/model';
import { explainerReducer, HISTORY_LIMIT, initialExplainerState, type ExplainerAction, type ExplainerState } from '../../src/state';

const run = (state: ExplainerState, ...actions: ExplainerAction[]) => actions.reduce(explainerReducer, state);

describe('editing with undo and redo', () => {
  it('an edit changes the scenario and can be undone and redone', () => {
    const edited = run(initialExplainerState, { type: 'setWeight', name: 'Wf', row: 0, column: 3, value: 1 });
    expect(asLstmScenario(edited.scenario).params.Wf[0][3]).toBe(1);
    const undone = run(edited, { type: 'undo' });
    expect(undone.scenario).toBe(alicePreset);
    const redone = run(undone, { type: 'redo' });
    expect(asLstmScenario(redone.scenario).params.Wf[0][3]).toBe(1);
    expect(run(redone, { type: 'redo' })).toBe(redone);
  });

  it('a drag (one group) is one undo step, however many moves it makes', () => {
    const moves: ExplainerAction[] = [0.5, 0.6, 0.7, 0.8].map((value) => ({ type: 'setBias', name: 'bf', row: 0, value, group: 'drag-1' }));
    const dragged = run(initialExplainerState, ...moves);
    expect(asLstmScenario(dragged.scenario).params.bf).toEqual([0.8]);
    expect(dragged.history.undo).toHaveLength(1);
    expect(asLstmScenario(run(dragged, { type: 'undo' }).scenario).params.bf).toEqual([-0.1]);
    // a second drag is a second step
    const again = run(dragged, { type: 'setBias', name: 'bf', row: 0, value: 0, group: 'drag-2' });
    expect(again.history.undo).toHaveLength(2);
  });

  it('a new edit after an undo clears redo', () => {
    const state = run(
      initialExplainerState,
      { type: 'setBias', name: 'bi', row: 0, value: 1 },
      { type: 'undo' },
      { type: 'setBias', name: 'bo', row: 0, value: 1 },
    );
    expect(state.history.redo).toEqual([]);
  });

  it('keeps the step in range when the sentence gets shorter, and stops the player', () => {
    const atEnd = run(initialExplainerState, { type: 'setStep', step: 3 }, { type: 'togglePlay' });
    expect(atEnd.playing).toBe(true);
    const shorter = run(atEnd, { type: 'setSentence', sentence: 'Alice smiles' });
    expect(shorter.step).toBe(1);
    expect(shorter.playing).toBe(false);
  });

  it('loads a scenario (undoably) and resets to the origin', () => {
    const other = { ...alicePreset, sentence: 'She is happy' };
    const loaded = run(initialExplainerState, { type: 'loadScenario', scenario: other, step: 2, asOrigin: true });
    expect(loaded.scenario).toBe(other);
    expect(loaded.step).toBe(2);
    const edited = run(loaded, { type: 'setBias', name: 'bc', row: 0, value: 3 });
    const reset = run(edited, { type: 'resetToOrigin' });
    expect(reset.scenario).toBe(other);
    expect(asLstmScenario(run(reset, { type: 'undo' }).scenario).params.bc).toEqual([3]);
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    let state = initialExplainerState;
    for (let k = 0; k < HISTORY_LIMIT + 20; k++) state = run(state, { type: 'setBias', name: 'bf', row: 0, value: k / 1000 });
    expect(state.history.undo).toHaveLength(HISTORY_LIMIT);
  });
});
