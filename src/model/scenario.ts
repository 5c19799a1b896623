import type { LstmParams } from '../core';
import type { SourceFigures } from './articleFigures';

/**
 * Everything the explainer needs to run one example: a sentence, the names of the input features,
 * the vocabulary mapping each token to a feature vector, and the cell's parameters.
 */
export interface Scenario {
  /** Short name shown in the header and the preset menu. */
  title: string;
  /** One sentence explaining what the example shows. */
  description: string;
  sentence: string;
  /** Names of the D input features, e.g. ["female", "verb", "pronoun"]. */
  features: string[];
  /** token (in the form produced by `vocabularyKey`) → feature vector of length D */
  vocabulary: Record<string, number[]>;
  params: LstmParams;
  h0?: number[];
  c0?: number[];
  /** A source article's rounded figures for this example, so the UI can compare them with the exact trace. */
  sourceFigures?: SourceFigures;
}

/** Vocabulary lookups ignore case so "She" and "she" share one entry. Pure. */
export function vocabularyKey(token: string): string {
  return token.toLocaleLowerCase();
}

/**
 * The feature vector the vocabulary gives a token, or undefined. Looks at own entries only, so words like
 * "constructor" or "__proto__" are ordinary words and never reach Object.prototype. Pure.
 */
export function vocabularyVector(vocabulary: Record<string, number[]>, token: string): number[] | undefined {
  const key = vocabularyKey(token);
  return Object.hasOwn(vocabulary, key) ? vocabulary[key] : undefined;
}
