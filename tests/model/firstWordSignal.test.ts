import { describe, expect, it } from 'vitest';
import { alicePreset, firstWordSignal, longGapPreset } from '../../src/model';
import { wordSignal } from '../../src/model/firstWordSignal';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// Alice's inputs and the article's weights, rows over [h, female, verb, pronoun] (SEEDS.md, 002).
const xs = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 0],
  [1, 0, 1],
  [0, 1, 0],
];
const dot = (w: number[], h: number, x: number[]) => w[0] * h + w[1] * x[0] + w[2] * x[1] + w[3] * x[2];

/** A one-unit RNN on the candidate layer's weights, written out here independently of the core. */
function rnn(inputs: number[][]): number[] {
  let h = 0;
  return inputs.map((x) => (h = Math.tanh(dot([0.3, 0.1, -0.2, 0.5], h, x) + 0.1)));
}

/** A one-unit LSTM with the article's weights, written out here independently of the core; returns C_t. */
function lstmCells(inputs: number[][]): number[] {
  let h = 0;
  let c = 0;
  return inputs.map((x) => {
    const f = sigmoid(dot([0.2, 0.3, -0.1, 0.4], h, x) - 0.1);
    const i = sigmoid(dot([0.5, 0.2, 0.3, -0.2], h, x) + 0.3);
    const candidate = Math.tanh(dot([0.3, 0.1, -0.2, 0.5], h, x) + 0.1);
    const o = sigmoid(dot([0.1, -0.2, 0.4, 0.3], h, x) - 0.2);
    c = f * c + i * candidate;
    h = o * Math.tanh(c);
    return c;
  });
}

describe('the first word’s signal', () => {
  it('matches an independent computation for Alice, in both cells', () => {
    const zeroed = xs.map((x, t) => (t === 0 ? [0, 0, 0] : x));
    const relative = (a: number[], b: number[]) => a.map((value, t) => Math.abs(value - b[t]) / Math.abs(a[0] - b[0]));
    const expectedRnn = relative(rnn(xs), rnn(zeroed));
    const expectedLstm = relative(lstmCells(xs), lstmCells(zeroed));
    const signal = firstWordSignal(alicePreset);
    expect(signal.tokens).toEqual(['Alice', 'is', 'happy', 'She', 'smiles']);
    signal.rnn.forEach((value, t) => expect(value).toBeCloseTo(expectedRnn[t], 12));
    signal.lstm.forEach((value, t) => expect(value).toBeCloseTo(expectedLstm[t], 12));
    // The story the lesson tells: at "She" the LSTM's cell keeps several times more of "Alice" than the RNN.
    expect(signal.rnn[0]).toBe(1);
    expect(signal.lstm[3]).toBeGreaterThan(3 * signal.rnn[3]);
  });

  it('is all zeros when the first word has no effect', () => {
    const silent = { ...alicePreset, sentence: 'happy is happy' };
    const signal = firstWordSignal(silent);
    expect(signal.rnn).toEqual([0, 0, 0]);
    expect(signal.lstm).toEqual([0, 0, 0]);
  });

  it('runs on a long sentence', () => {
    const signal = firstWordSignal(longGapPreset);
    expect(signal.lstm.length).toBe(signal.tokens.length);
    expect(signal.rnn.every(Number.isFinite)).toBe(true);
  });

  it('follows a later word when asked: France in the long gap, kept at σ(5) per word on the belt', () => {
    const signal = wordSignal(longGapPreset, { word: 4 });
    expect(signal.tokens[4]).toBe('France');
    expect(signal.word).toBe(4);
    // Before France both runs agree; from France on, only unit 1's cell differs, by σ(5) less each word.
    expect(signal.lstm.slice(0, 4)).toEqual([0, 0, 0, 0]);
    signal.lstm.slice(4).forEach((share, k) => expect(share).toBeCloseTo(sigmoid(5) ** k, 12));
    // The candidate layer has no recurrent weights here, so the RNN has forgotten France one word later.
    expect(signal.rnn.slice(5).every((share) => share === 0)).toBe(true);
    expect(() => wordSignal(longGapPreset, { word: 15 })).toThrow(/outside/);
  });

  it('compares with another RNN when given one', () => {
    const selfLoop = { W: [[0.9, 0, 0, 0]], b: [0] };
    const signal = wordSignal(alicePreset, { rnn: selfLoop });
    // Alice writes tanh(0) = 0 into this RNN: no signal at all.
    expect(signal.rnn).toEqual([0, 0, 0, 0, 0]);
  });
});
