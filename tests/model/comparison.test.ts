import { describe, expect, it } from 'vitest';
import { alicePreset, firstWordSignal, longGapPreset, withCell } from '../../src/model';
import {
  LONG_GAP_MAX,
  LONG_GAP_MIN,
  LONG_GAP_WORD,
  compareCells,
  fillerKeepRates,
  keyWordOf,
  longGapBase,
  longGapEdited,
  longGapCurve,
  longGapRnn,
  longGapScenario,
  longGapShareAt,
  standardLstmParams,
} from '../../src/model/comparison';
import { encodeSentence } from '../../src/model/encode';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('compareCells', () => {
  const comparison = compareCells(alicePreset);

  it('runs the LSTM to the seed’s exact values (SEEDS.md, 002)', () => {
    expect(comparison.tokens).toEqual(['Alice', 'is', 'happy', 'She', 'smiles']);
    const cells = [0.122858, 0.000199, 0.057368, 0.38901, 0.147175];
    comparison.memory.forEach((c, t) => expect(c[0]).toBeCloseTo(cells[t], 6));
  });

  it('runs the RNN on the candidate layer, written out here as h = tanh(0.3h + 0.1·female − 0.2·verb + 0.5·pronoun + 0.1)', () => {
    const xs = [[1, 0, 0], [0, 1, 0], [0, 0, 0], [1, 0, 1], [0, 1, 0]];
    let h = 0;
    const expected = xs.map(([female, verb, pronoun]) => (h = Math.tanh(0.3 * h + 0.1 * female - 0.2 * verb + 0.5 * pronoun + 0.1)));
    comparison.rnn.forEach((step, t) => expect(step.h[0]).toBeCloseTo(expected[t], 14));
    expect(comparison.rnnParams).toEqual({ W: alicePreset.params.Wc, b: alicePreset.params.bc });
  });

  it('reports the same share of the first word as firstWordSignal', () => {
    const signal = firstWordSignal(alicePreset);
    expect(comparison.share).toEqual({ cell: signal.lstm, rnn: signal.rnn });
    expect(comparison.share.cell[3]).toBeGreaterThan(3 * comparison.share.rnn[3]);
  });

  it('follows a later word when asked (clamped to the sentence)', () => {
    const fromShe = compareCells(alicePreset, 3);
    expect(fromShe.word).toBe(3);
    expect(fromShe.share.cell.slice(0, 3)).toEqual([0, 0, 0]);
    expect(fromShe.share.cell[3]).toBe(1);
    expect(compareCells(alicePreset, 99).word).toBe(4);
  });

  it('is empty for a sentence without words', () => {
    expect(compareCells({ ...alicePreset, sentence: '…' }).memory).toEqual([]);
    expect(standardLstmParams(withCell(alicePreset, 'gru'))).toBeNull();
  });
});

describe('the long-gap experiment', () => {
  it('rebuilds the preset’s own sentence at a gap of six filler words', () => {
    const built = encodeSentence(longGapScenario(6));
    const preset = encodeSentence(longGapPreset);
    expect(built.map((token) => token.text)).toEqual(preset.map((token) => token.text));
    expect(built.map((token) => token.vector)).toEqual(preset.map((token) => token.vector));
    expect(built[LONG_GAP_WORD].text).toBe('France');
  });

  it('puts exactly `gap` filler words between France and “I speak fluent French”, within 1…100', () => {
    for (const gap of [LONG_GAP_MIN, 7, LONG_GAP_MAX]) {
      const words = encodeSentence(longGapScenario(gap)).map((token) => token.text);
      expect(words.length).toBe(5 + gap + 4);
      expect(words.slice(-4)).toEqual(['I', 'speak', 'fluent', 'French']);
    }
    expect(() => longGapScenario(0)).toThrow(/gap/);
    expect(() => longGapScenario(101)).toThrow(/gap/);
    expect(() => longGapScenario(2.5)).toThrow(/gap/);
  });

  it('gives the RNN the candidate layer’s input weights and a self-loop equal to the forget gate at a filler', () => {
    expect(fillerKeepRates()).toEqual([sigmoid(5), sigmoid(-3)].map((value) => expect.closeTo(value, 15)));
    const rnn = longGapRnn();
    expect(rnn.W[0]).toEqual([expect.closeTo(sigmoid(5), 15), 0, 3, 0, 0]);
    expect(rnn.W[1]).toEqual([0, expect.closeTo(sigmoid(-3), 15), 0, 2, -1]);
    expect(rnn.b).toEqual([0, 0]);
  });

  it('matches an independent computation: σ(5)^(gap+4) on the belt, tanh(σ(5)·h) iterated in the RNN', () => {
    // Only unit 1 sees France, and nothing after France writes to it, so the two runs differ by France's
    // write times the forget gate at every later word; the RNN's unit 1 is tanh(3) squashed again each word.
    for (const gap of [1, 6, 30, 100]) {
      const later = gap + 4;
      let h = Math.tanh(3);
      for (let k = 0; k < later; k++) h = Math.tanh(sigmoid(5) * h);
      const share = longGapShareAt(gap);
      expect(share.cell).toBeCloseTo(sigmoid(5) ** later, 12);
      expect(share.rnn).toBeCloseTo(h / Math.tanh(3), 12);
    }
  });

  it('runs in every cell: converted the way the cell switch converts, each keeps σ(5) of France per later word', () => {
    // The conversion keeps the candidate layer and the kept share: the peephole LSTM starts with zero
    // peepholes, the coupled LSTM's input gate 1 − f writes France just as it is then kept, and the GRU's
    // h = (1 − z)·h + z·h̃ with z = 1 − f keeps f of its old h. So the memory's share is σ(5)^(gap+4)
    // in all four, the same as in the LSTM (its C; the GRU's h), and the RNN is the same RNN.
    for (const kind of ['lstm', 'peephole', 'coupled', 'gru'] as const) {
      for (const gap of [1, 30]) {
        const share = longGapShareAt(gap, undefined, undefined, kind);
        expect(share.cell, `${kind}, ${gap} filler words`).toBeCloseTo(sigmoid(5) ** (gap + 4), 12);
        expect(share.rnn).toBeCloseTo(longGapShareAt(gap).rnn, 15);
      }
      const forgetful = { ...longGapPreset, params: { ...longGapPreset.params, bf: [2, -3] } };
      expect(longGapShareAt(10, forgetful, undefined, kind).cell, `${kind}, forgetful`).toBeCloseTo(sigmoid(2) ** 14, 12);
      expect(longGapCurve(longGapPreset, kind).kind).toBe(kind);
    }
  });

  it('draws the whole curve: the LSTM keeps about half of France after 100 words, the RNN far less', () => {
    const curve = longGapCurve();
    expect(curve.gaps[0]).toBe(1);
    expect(curve.gaps.at(-1)).toBe(100);
    expect(curve.cell.at(-1)).toBeCloseTo(0.4974, 3);
    expect(curve.rnn.at(-1)).toBeLessThan(curve.cell.at(-1)! / 5);
    // Both fall monotonically with the gap.
    curve.cell.slice(1).forEach((value, k) => expect(value).toBeLessThan(curve.cell[k]));
    curve.rnn.slice(1).forEach((value, k) => expect(value).toBeLessThan(curve.rnn[k]));
  });

  it('knows the long-gap example is about France, any other sentence about its first word', () => {
    expect(keyWordOf(longGapPreset)).toBe(4);
    expect(keyWordOf(alicePreset)).toBe(0);
    expect(keyWordOf({ ...longGapPreset, sentence: 'I speak fluent French' })).toBe(0);
  });

  it('follows the user’s own long-gap weights, and falls back to the built-in ones for another example', () => {
    expect(longGapBase(alicePreset)).toBe(longGapPreset);
    expect(longGapEdited(alicePreset)).toBe(false);
    expect(longGapEdited({ ...longGapPreset, params: { ...longGapPreset.params } })).toBe(false);
    const forgetful = { ...longGapPreset, params: { ...longGapPreset.params, bf: [2, -3] } };
    expect(longGapBase(forgetful)).toBe(forgetful);
    expect(longGapEdited(forgetful)).toBe(true);
    expect(longGapShareAt(10, forgetful).cell).toBeCloseTo(sigmoid(2) ** 14, 12);
    const curve = longGapCurve(forgetful);
    expect(curve.cell.at(-1)).toBeLessThan(1e-5);
  });
});
