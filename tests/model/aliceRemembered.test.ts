import { describe, expect, it } from 'vitest';
import { runLstm, type LstmParams } from '../../src/core';
import { alicePreset, aliceRememberedPreset, presetById, type LstmScenario } from '../../src/model';
import { decideStartup } from '../../src/state/startup';

// "Alice is happy. She smiles." as the vocabulary encodes it, written out by hand so this test does not
// lean on the tokenizer: [female, verb, pronoun] per word.
const WORDS = [
  [1, 0, 0], // Alice
  [0, 1, 0], // is
  [0, 0, 0], // happy
  [1, 0, 1], // She
  [0, 1, 0], // smiles
];
const SHE = 3;

/**
 * The Compare panel's measure, computed here on its own: run the cell twice, once as written and once
 * with Alice's features set to 0, and divide how far apart the two cell states are at a word by how far
 * apart they are at "Alice" itself. H = 1, so the distance is an absolute difference.
 */
function aliceShareAt(params: LstmParams, step: number): number {
  const withAlice = runLstm(params, WORDS, { h0: [0], c0: [0] });
  const withoutAlice = runLstm(params, [[0, 0, 0], ...WORDS.slice(1)], { h0: [0], c0: [0] });
  const gap = (t: number) => Math.abs(withAlice[t].c[0] - withoutAlice[t].c[0]);
  return gap(step) / gap(0);
}

function sameWords(a: LstmScenario, b: LstmScenario) {
  expect(a.sentence).toBe(b.sentence);
  expect(a.features).toEqual(b.features);
  expect(a.vocabulary).toEqual(b.vocabulary);
}

describe('Alice, remembered', () => {
  it('reads the article example’s sentence with its features and vocabulary', () => {
    sameWords(aliceRememberedPreset, alicePreset);
    const { vocabulary } = aliceRememberedPreset;
    expect([vocabulary.alice, vocabulary.is, vocabulary.happy, vocabulary.she, vocabulary.smiles]).toEqual(WORDS);
  });

  it('keeps at least half of Alice’s effect at “She” (≈ 94.7%, as its description says), where the article’s weights keep ≈ a fifth (0.217543)', () => {
    const remembered = aliceShareAt(aliceRememberedPreset.params, SHE);
    expect(remembered).toBeGreaterThanOrEqual(0.5);
    // The forget gate σ(4) three times over, as the cell writes nothing for Alice's absence: 0.982014³.
    expect(remembered).toBeCloseTo(0.982014 ** 3, 5);
    expect(aliceRememberedPreset.description).toContain('about 95%');
    const article = aliceShareAt(alicePreset.params, SHE);
    expect(article).toBeCloseTo(0.217543, 6);
    expect(alicePreset.description).toContain('about a fifth');
  });

  it('holds the forget gate near 1 at “is” and “happy”, unlike the article’s 0.453 and 0.475', () => {
    const remembered = runLstm(aliceRememberedPreset.params, WORDS, { h0: [0], c0: [0] });
    const article = runLstm(alicePreset.params, WORDS, { h0: [0], c0: [0] });
    for (const step of [1, 2]) {
      expect(remembered[step].f[0]).toBeGreaterThan(0.95);
      expect(article[step].f[0]).toBeLessThan(0.5);
    }
  });

  it('opens from a link: ?preset=alice-remembered', () => {
    expect(presetById('alice-remembered')?.scenario).toBe(aliceRememberedPreset);
    expect(decideStartup('?preset=alice-remembered', '', null).scenario).toBe(aliceRememberedPreset);
  });
});
