import { tokenize, type Token } from './tokenizer';
import { vocabularyVector, type Scenario } from './scenario';

/** A token with the feature vector fed to the cell, and whether the vocabulary knew it. */
export interface EncodedToken extends Token {
  vector: number[];
  /** true when the token is not in the vocabulary and was fed as a zero vector */
  unknown: boolean;
}

/** Tokenizes the scenario's sentence and looks every token up; unknown tokens become zero vectors. Pure. */
export function encodeSentence(scenario: Scenario): EncodedToken[] {
  const inputSize = scenario.features.length;
  return tokenize(scenario.sentence).map((token) => {
    const vector = vocabularyVector(scenario.vocabulary, token.text);
    if (vector) return { ...token, vector: [...vector], unknown: false };
    return { ...token, vector: new Array<number>(inputSize).fill(0), unknown: true };
  });
}
