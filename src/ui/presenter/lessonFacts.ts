import type { Scenario, ScenarioTrace } from '../../model';
import { compareCells } from '../../model/comparison';
import { formatNumber } from '../../tex';
import { formatShare } from '../panels/Compare/formatShare';
import type { QuestionId } from './lessonScript';

/** The numbers a caption may quote at a step, formatted for display (unit 1 when there are several). */
export type CaptionValues = Record<
  'token' | 'f' | 'i' | 'cTilde' | 'o' | 'c' | 'cPrev' | 'h' | 'fPercent' | 'kept' | 'written',
  string
>;

/** The caption values at a step of the live trace; empty strings where the step does not exist. Pure. */
export function captionValues(trace: ScenarioTrace, step: number, digits: number): CaptionValues {
  const values = trace.steps[step];
  const token = trace.tokens[step]?.text ?? '';
  if (!values) return { token, f: '', i: '', cTilde: '', o: '', c: '', cPrev: '', h: '', fPercent: '', kept: '', written: '' };
  const number = (value: number) => formatNumber(value, digits);
  return {
    token,
    f: number(values.f[0]),
    i: number(values.i[0]),
    cTilde: number(values.cTilde[0]),
    o: number(values.o[0]),
    c: number(values.c[0]),
    cPrev: number(values.cPrev[0]),
    h: number(values.h[0]),
    fPercent: `${Math.round(values.f[0] * 100)}%`,
    // The two terms of C = f ⊙ C_prev + i ⊙ C̃: what the old memory keeps and what the word writes.
    kept: number(values.f[0] * values.cPrev[0]),
    written: number(values.i[0] * values.cTilde[0]),
  };
}

/** Where the cell state at a step mostly comes from: the word's own writing, or the memory carried along. */
export type JumpSource = 'own' | 'carried';

/** Which term of C = f ⊙ C_prev + i ⊙ C̃ is larger at a step of the live trace (null if there is no such step). Pure. */
export function jumpSource(trace: ScenarioTrace, step: number): JumpSource | null {
  const values = trace.steps[step];
  if (!values) return null;
  return Math.abs(values.i[0] * values.cTilde[0]) > Math.abs(values.f[0] * values.cPrev[0]) ? 'own' : 'carried';
}

/** How much of a word's effect on the memory is left at a later step, and the forget gates in between. */
export interface MemoryAnswer {
  /** the Compare panel's share: |ΔC_step| / |ΔC_word| when the word's features are set to 0 */
  share: number;
  /** the forget gate (unit 1) at each word strictly between the word and the step */
  forgets: number[];
  /** 'kept' when at least half of the effect is left */
  verdict: 'kept' | 'faded';
}

/**
 * The lesson's answer to "does the cell still know that `word` came first, at `step`?", measured the way
 * the Compare panel measures it (compareCells: the sentence read again with the word's features set to
 * 0). Null when the sentence is too short or the cell has no forget gate. Pure.
 */
export function memoryAnswer(scenario: Scenario, trace: ScenarioTrace, word: number, step: number): MemoryAnswer | null {
  if (step <= word || !trace.steps[step]) return null;
  const share = compareCells(scenario, word).share.cell[step];
  if (share === undefined) return null;
  const forgets = trace.steps.slice(word + 1, step).map((values) => values.f[0]);
  return { share, forgets, verdict: share >= 0.5 ? 'kept' : 'faded' };
}

/** A memory answer's numbers as a caption quotes them: the share as a percentage, the forget gates at "is" and "happy". Pure. */
export function answerValues(answer: MemoryAnswer, digits: number, zero: string): Record<'share' | 'fIs' | 'fHappy', string> {
  const [fIs, fHappy] = answer.forgets;
  return {
    share: formatShare(answer.share, digits, zero),
    fIs: fIs === undefined ? '' : formatNumber(fIs, digits),
    fHappy: fHappy === undefined ? '' : formatNumber(fHappy, digits),
  };
}

/** What actually happens, for each question: the key of the true option, read from the trace. */
export type QuestionAnswer = { forgetAtIs: 'open' | 'closed'; cellAtShe: 'rises' | 'falls' };

/** The true answer to a question at its step of the live trace (null if the sentence is too short). Pure. */
export function questionAnswer(question: QuestionId, trace: ScenarioTrace, step: number): string | null {
  const values = trace.steps[step];
  if (!values) return null;
  switch (question) {
    case 'forgetAtIs':
      // A valve that lets through half or more of the memory counts as open.
      return values.f[0] >= 0.5 ? 'open' : 'closed';
    case 'cellAtShe':
      return values.c[0] >= values.cPrev[0] ? 'rises' : 'falls';
  }
}

/** The options a question offers, in the order shown. */
export const QUESTION_OPTIONS: { readonly [Q in QuestionId]: readonly QuestionAnswer[Q][] } = {
  forgetAtIs: ['open', 'closed'],
  cellAtShe: ['rises', 'falls'],
};
