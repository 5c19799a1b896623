import { describe, expect, it } from 'vitest';
import { lstmDimensions } from '../../src/core';
import {
  alicePreset,
  traceScenario,
  withBias,
  withFeatureAdded,
  withFeatureRemoved,
  withFeatureRenamed,
  withHiddenSize,
  withSentence,
  withVocabularyToken,
  withVocabularyValue,
  withWeight,
} from '../../src/model';

const frozenAlice = JSON.parse(JSON.stringify(alicePreset));

describe('scenario edits', () => {
  it('change one weight or bias and leave the original untouched', () => {
    const edited = withBias(withWeight(alicePreset, 'Wf', 0, 3, 0.9), 'bf', 0, 2);
    expect(edited.params.Wf).toEqual([[0.2, 0.3, -0.1, 0.9]]);
    expect(edited.params.bf).toEqual([2]);
    expect(edited.params.Wi).toBe(alicePreset.params.Wi);
    expect(JSON.parse(JSON.stringify(alicePreset))).toEqual(frozenAlice);
  });

  it('a stronger pronoun weight in the forget gate opens it wider at "She"', () => {
    const before = traceScenario(alicePreset).steps[3].f[0];
    const after = traceScenario(withWeight(alicePreset, 'Wf', 0, 3, 2)).steps[3].f[0];
    // z_f goes from 0.605 to 0.605 + (2 − 0.4) = 2.205 at "She" ([h2, 1, 0, 1])
    expect(before).toBeCloseTo(1 / (1 + Math.exp(-0.60516)), 4);
    expect(after).toBeCloseTo(1 / (1 + Math.exp(-2.20516)), 4);
  });

  it('a new sentence keeps the vocabulary and flags unknown words', () => {
    const trace = traceScenario(withSentence(alicePreset, 'Bob smiles'));
    expect(trace.tokens.map((t) => t.unknown)).toEqual([true, false]);
  });

  it('edit vocabulary values and add tokens as zero vectors', () => {
    const withBob = withVocabularyToken(alicePreset, 'Bob');
    expect(withBob.vocabulary.bob).toEqual([0, 0, 0]);
    expect(withVocabularyToken(withBob, 'BOB')).toBe(withBob);
    expect(withVocabularyValue(withBob, 'bob', 0, 1).vocabulary.bob).toEqual([1, 0, 0]);
  });

  it('adding a feature appends zeros everywhere, so nothing computed changes', () => {
    const added = withFeatureAdded(alicePreset, 'plural');
    expect(added.features).toEqual(['female', 'verb', 'pronoun', 'plural']);
    expect(added.vocabulary.she).toEqual([1, 0, 1, 0]);
    expect(added.params.Wo).toEqual([[0.1, -0.2, 0.4, 0.3, 0]]);
    expect(lstmDimensions(added.params)).toEqual({ hiddenSize: 1, inputSize: 4 });
    expect(traceScenario(added).steps[3].h).toEqual(traceScenario(alicePreset).steps[3].h);
  });

  it('renaming changes only the name; removing drops the vector entry and the weight column', () => {
    expect(withFeatureRenamed(alicePreset, 1, 'action').features).toEqual(['female', 'action', 'pronoun']);
    const removed = withFeatureRemoved(alicePreset, 1);
    expect(removed.features).toEqual(['female', 'pronoun']);
    expect(removed.vocabulary.is).toEqual([0, 0]);
    // columns were [h, female, verb, pronoun]: the verb column (index 2) goes
    expect(removed.params.Wi).toEqual([[0.5, 0.2, -0.2]]);
    expect(() => traceScenario(removed)).not.toThrow();
  });

  it('changing H keeps shared weights, seeds the new ones, and is reproducible', () => {
    const grown = withHiddenSize(alicePreset, 3, 42);
    expect(lstmDimensions(grown.params)).toEqual({ hiddenSize: 3, inputSize: 3 });
    // unit 0's weight on h_1 stays; its features move from columns 1..3 to 3..5
    expect(grown.params.Wf[0][0]).toBe(0.2);
    expect(grown.params.Wf[0].slice(3)).toEqual([0.3, -0.1, 0.4]);
    expect(grown.params.bf[0]).toBe(-0.1);
    expect(withHiddenSize(alicePreset, 3, 42)).toEqual(grown);
    expect(withHiddenSize(alicePreset, 3, 43).params.Wf[1]).not.toEqual(grown.params.Wf[1]);
    const shrunk = withHiddenSize(grown, 1, 7);
    expect(shrunk.params).toEqual(alicePreset.params);
  });
});
