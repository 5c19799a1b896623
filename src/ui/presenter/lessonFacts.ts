import type { ScenarioTrace } from '../../model';
import { formatNumber } from '../../tex';
import type { QuestionId } from './lessonScript';

/** The numbers a caption may quote at a step, formatted for display (unit 1 when there are several). */
export type CaptionValues = Record<'token' | 'f' | 'i' | 'cTilde' | 'o' | 'c' | 'cPrev' | 'h' | 'fPercent', string>;

/** The caption values at a step of the live trace; empty strings where the step does not exist. Pure. */
export function captionValues(trace: ScenarioTrace, step: number, digits: number): CaptionValues {
  const values = trace.steps[step];
  const token = trace.tokens[step]?.text ?? '';
  if (!values) return { token, f: '', i: '', cTilde: '', o: '', c: '', cPrev: '', h: '', fPercent: '' };
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
