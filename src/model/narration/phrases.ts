import type { StepFacts } from './facts';
import type { NarratedQuantity, NarrationSegment, NarrationSentence } from './types';

/**
 * A phrasebook: every word the narration uses, one function per kind of sentence. A language supplies
 * one object of this shape, so it controls its own word order; numbers stay segments for the UI.
 */
export interface NarrationPhrases {
  /** what goes between two sentences: a space in English, nothing in Chinese */
  separator: string;
  /** H > 1: which unit the rest of the narration follows, and why */
  unitChoice(facts: StepFacts): NarrationSentence;
  /** the token is not in the vocabulary */
  unknownToken(facts: StepFacts): NarrationSentence;
  /** the token is known but all its features are zero */
  zeroInput(facts: StepFacts): NarrationSentence;
  /** forget gate and input gate with the candidate */
  gates(facts: StepFacts): NarrationSentence;
  /** how the cell state moves, and how that compares with earlier steps */
  cell(facts: StepFacts): NarrationSentence;
  /** output gate and hidden state */
  output(facts: StepFacts): NarrationSentence;
}

/** A run of words. Pure. */
export const words = (text: string): NarrationSegment => ({ kind: 'text', text });
/** A quoted word of the user's sentence. Pure. */
export const token = (text: string): NarrationSegment => ({ kind: 'token', text });
/** A fraction shown as a percentage in the quantity's colour. Pure. */
export const percent = (value: number, quantity: NarratedQuantity): NarrationSegment => ({ kind: 'percent', value, quantity });
/** A full-precision value shown in the quantity's colour. Pure. */
export const value = (number: number, quantity: NarratedQuantity): NarrationSegment => ({ kind: 'number', value: number, quantity });
/** A whole count such as a unit number. Pure. */
export const count = (number: number): NarrationSegment => ({ kind: 'count', value: number });
