import { count, percent, value, words, type GruNarrationPhrases } from './phrases';
import type { GateBand } from './thresholds';
import type { GruStepFacts } from './gruFacts';
import type { NarrationSentence } from './types';

const BAND: Record<GateBand, string> = {
  shut: 'nearly shut',
  mostlyClosed: 'mostly closed',
  half: 'about half open',
  mostlyOpen: 'mostly open',
  open: 'almost fully open',
};

/** The English phrasebook of the GRU's step narration. */
export const gruEnglishPhrases: GruNarrationPhrases = {
  unitChoice: (facts) => [
    words('The GRU has '),
    count(facts.hiddenSize),
    words(' units; this follows unit '),
    count(facts.unit + 1),
    words(' of '),
    count(facts.hiddenSize),
    words(', whose hidden state changes most.'),
  ],

  gates: (facts) => [...updateClause(facts), words('; '), ...resetClause(facts), words('.')],

  candidate: (facts) =>
    facts.candidateSign === 'neutral'
      ? [words('The candidate h̃ is '), value(facts.candidate, 'hTilde'), words(', close to zero, so what is written adds little.')]
      : [
          words(`The candidate h̃ is ${facts.candidateSign === 'positive' ? 'positive' : 'negative'}, `),
          value(facts.candidate, 'hTilde'),
          words(', and the update gate writes '),
          value(facts.written, 'hTilde'),
          words(' of it onto the belt.'),
        ],

  state: (facts) => {
    const sentence: NarrationSentence =
      facts.trend === 'steady'
        ? [words('The hidden state barely changes, from '), value(facts.hiddenBefore, 'h'), words(' to '), value(facts.hidden, 'h')]
        : [words(`The hidden state ${facts.trend} from `), value(facts.hiddenBefore, 'h'), words(' to '), value(facts.hidden, 'h')];
    if (facts.changeRank !== 'none') {
      const rank = facts.changeRank === 'largestSoFar' ? 'the biggest change in the sentence so far' : 'the smallest change so far';
      sentence.push(words(` — ${rank}${facts.hiddenSize > 1 ? ' for this unit' : ''}`));
    }
    sentence.push(words('; there is no separate cell state, so this is both the memory and the output.'));
    return sentence;
  },
};

function updateClause(facts: GruStepFacts): NarrationSentence {
  if (facts.memoryBefore === 'empty') {
    return [words('The hidden state is still empty, so the update gate ('), percent(facts.update, 'z'), words(') only decides how much of the candidate to take')];
  }
  return [
    words(`The update gate is ${BAND[facts.updateBand]} (`),
    percent(facts.update, 'z'),
    words('), so the cell keeps '),
    percent(1 - facts.update, 'z'),
    words(' of its old state and takes '),
    percent(facts.update, 'z'),
    words(' of the candidate'),
  ];
}

function resetClause(facts: GruStepFacts): NarrationSentence {
  if (facts.memoryBefore === 'empty') {
    return [words('the reset gate ('), percent(facts.reset, 'r'), words(') has no old state to pass to the candidate')];
  }
  return [words(`the reset gate is ${BAND[facts.resetBand]} and lets `), percent(facts.reset, 'r'), words(' of the old state into the candidate')];
}
