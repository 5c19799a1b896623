import type { StepFacts } from './facts';
import type { GruStepFacts } from './gruFacts';
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
  /** the token is not in the vocabulary (any cell) */
  unknownToken(facts: Pick<StepFacts, 'token'>): NarrationSentence;
  /** the token is known but all its features are zero (any cell) */
  zeroInput(facts: Pick<StepFacts, 'token'>): NarrationSentence;
  /** forget gate and input gate with the candidate */
  gates(facts: StepFacts): NarrationSentence;
  /** how the cell state moves, and how that compares with earlier steps */
  cell(facts: StepFacts): NarrationSentence;
  /** output gate and hidden state */
  output(facts: StepFacts): NarrationSentence;
  /** what the LSTM variant does differently at this step: the peepholes' view of C, or the coupled i = 1 − f */
  variant(facts: StepFacts, cell: 'peephole' | 'coupled'): NarrationSentence;
  /** the GRU's own sentences in the same language */
  gru: GruNarrationPhrases;
}

/** The GRU's phrasebook: its gates, candidate and hidden state; unknown and zero inputs reuse the LSTM's. */
export interface GruNarrationPhrases {
  /** H > 1: which unit the rest follows (the one whose hidden state changes most) */
  unitChoice(facts: GruStepFacts): NarrationSentence;
  /** the update gate z (what is kept, what is taken) and the reset gate r */
  gates(facts: GruStepFacts): NarrationSentence;
  /** the candidate h̃ and what of it is written */
  candidate(facts: GruStepFacts): NarrationSentence;
  /** how h moves: the memory and the output at once */
  state(facts: GruStepFacts): NarrationSentence;
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
