import type { StepFacts } from './facts';
import { gruEnglishPhrases } from './gruPhrases.en';
import { count, percent, token, value, words, type NarrationPhrases } from './phrases';
import type { GateBand } from './thresholds';
import type { NarrationSentence } from './types';

const TREND = { rises: 'rises', falls: 'falls' } as const;
const SIGN = { positive: 'positive', negative: 'negative' } as const;
const BAND: Record<GateBand, string> = {
  shut: 'nearly shut',
  mostlyClosed: 'mostly closed',
  half: 'about half open',
  mostlyOpen: 'mostly open',
  open: 'almost fully open',
};

/** The English phrasebook of the step narration: every English word of it lives here. */
export const englishPhrases: NarrationPhrases = {
  separator: ' ',

  unitChoice: (facts) => [
    words('The cell has '),
    count(facts.hiddenSize),
    words(' units; this follows unit '),
    count(facts.unit + 1),
    words(' of '),
    count(facts.hiddenSize),
    words(', whose cell state changes most.'),
  ],

  unknownToken: (facts) => [words('“'), token(facts.token), words('” is not in the vocabulary, so the cell sees a zero vector.')],

  zeroInput: (facts) => [
    words('“'),
    token(facts.token),
    words('” has no features set, so only the previous output and the biases move the gates.'),
  ],

  gates: (facts) => [...forgetClause(facts), words('; '), ...inputClause(facts), words('.')],

  cell: (facts) => {
    const sentence: NarrationSentence =
      facts.trend === 'steady'
        ? [words('The cell state barely changes, from '), value(facts.cellBefore, 'c'), words(' to '), value(facts.cell, 'c')]
        : [words(`The cell state ${TREND[facts.trend]} from `), value(facts.cellBefore, 'c'), words(' to '), value(facts.cell, 'c')];
    if (facts.trend !== 'steady' && facts.endsNearZero) sentence.push(words(', leaving the memory almost empty'));
    if (facts.changeRank !== 'none') {
      const rank = facts.changeRank === 'largestSoFar' ? 'the biggest change in the sentence so far' : 'the smallest change so far';
      sentence.push(words(` — ${rank}${forThisUnit(facts)}`));
    }
    if (facts.trend !== 'steady' && facts.cancels) {
      sentence.push(words(': what the forget gate kept ('), value(facts.kept, 'c'));
      sentence.push(words(') and what the input gate wrote ('), value(facts.written, 'cTilde'), words(') nearly cancel out'));
    }
    sentence.push(words('.'));
    return sentence;
  },

  output: (facts) => [
    words(`The output gate is ${BAND[facts.outputBand]} and lets `),
    percent(facts.output, 'o'),
    words(' of tanh(C) out, so h = '),
    value(facts.hidden, 'h'),
    words(facts.strongestOutputSoFar ? ` — the strongest output so far${forThisUnit(facts)}.` : '.'),
  ],

  variant: (facts, cell) =>
    cell === 'peephole'
      ? [
          words('Through the peepholes the forget and input gates also read the old memory C = '),
          value(facts.cellBefore, 'c'),
          words(', and the output gate the new C = '),
          value(facts.cell, 'c'),
          words('.'),
        ]
      : [
          words('In this cell the input gate is tied to the forget gate: it writes exactly the share that is let go, 1 − f = '),
          percent(facts.input, 'i'),
          words('.'),
        ],

  gru: gruEnglishPhrases,
};

function forgetClause(facts: StepFacts): NarrationSentence {
  if (facts.memoryBefore === 'empty') {
    return [words('The memory is still empty, so the forget gate ('), percent(facts.forget, 'f'), words(') has nothing to keep')];
  }
  if (facts.memoryBefore === 'nearlyEmpty') {
    return [
      words('The memory is almost empty ('),
      value(facts.cellBefore, 'c'),
      words('), so the forget gate ('),
      percent(facts.forget, 'f'),
      words(') has little to keep'),
    ];
  }
  if (facts.forgetBand === 'shut') {
    return [words('The forget gate is nearly shut and erases the old memory, keeping only '), percent(facts.forget, 'f')];
  }
  return [words(`The forget gate is ${BAND[facts.forgetBand]} and keeps `), percent(facts.forget, 'f'), words(' of the old memory')];
}

function inputClause(facts: StepFacts): NarrationSentence {
  const gate =
    facts.inputBand === 'shut'
      ? [words('the input gate is nearly shut and lets only '), percent(facts.input, 'i'), words(' of the ')]
      : [words(`the input gate is ${BAND[facts.inputBand]} and writes `), percent(facts.input, 'i'), words(' of the ')];
  if (facts.candidateSign === 'neutral') {
    return [...gate, words('candidate '), value(facts.candidate, 'cTilde'), words(', which is close to zero')];
  }
  return [...gate, words(`${SIGN[facts.candidateSign]} candidate `), value(facts.candidate, 'cTilde')];
}

function forThisUnit(facts: StepFacts): string {
  return facts.hiddenSize > 1 ? ' for this unit' : '';
}
