import { describe, expect, it } from 'vitest';
import { alicePreset, encodeSentence, tokenize } from '../../src/model';

describe('tokenize', () => {
  it('splits words and drops punctuation', () => {
    expect(tokenize('Alice is happy. She smiles.').map((t) => t.text)).toEqual(['Alice', 'is', 'happy', 'She', 'smiles']);
  });

  it('numbers tokens from 0', () => {
    expect(tokenize('a b c').map((t) => t.index)).toEqual([0, 1, 2]);
  });

  it('keeps apostrophes and hyphens inside words', () => {
    expect(tokenize("I don't speak well-known French!").map((t) => t.text)).toEqual(['I', "don't", 'speak', 'well-known', 'French']);
  });

  it('splits Chinese on spaces and full-width punctuation', () => {
    expect(tokenize('我 爱 祖国。').map((t) => t.text)).toEqual(['我', '爱', '祖国']);
    expect(tokenize('今天，天气 很 好！').map((t) => t.text)).toEqual(['今天', '天气', '很', '好']);
  });

  it('gives no tokens for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ... !? ')).toEqual([]);
  });
});

describe('encodeSentence', () => {
  it('looks tokens up case-insensitively in the Alice vocabulary', () => {
    const encoded = encodeSentence(alicePreset);
    expect(encoded.map((t) => t.vector)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
      [1, 0, 1],
      [0, 1, 0],
    ]);
    expect(encoded.every((t) => !t.unknown)).toBe(true);
  });

  it('maps an unknown token to a zero vector and flags it', () => {
    const encoded = encodeSentence({ ...alicePreset, sentence: 'Bob smiles' });
    expect(encoded[0]).toMatchObject({ text: 'Bob', vector: [0, 0, 0], unknown: true });
    expect(encoded[1]).toMatchObject({ text: 'smiles', vector: [0, 1, 0], unknown: false });
  });

  it('does not share vectors with the vocabulary (no aliasing)', () => {
    const encoded = encodeSentence(alicePreset);
    encoded[0].vector[0] = 99;
    expect(alicePreset.vocabulary.alice).toEqual([1, 0, 0]);
  });

  it('treats words that are Object.prototype names as ordinary unknown words', () => {
    const encoded = encodeSentence({ ...alicePreset, sentence: 'constructor __proto__ toString' });
    expect(encoded.map((t) => t.unknown)).toEqual([true, true, true]);
    expect(encoded.map((t) => t.vector)).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });
});
