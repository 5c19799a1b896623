import type { LstmScenario } from '../scenario';

/**
 * Seed 000's three-dimensional candidate-memory example, "我 爱 自然" (I love nature): at "自然" the
 * candidate is c̃ ≈ [0.8, −0.3, 0.4] and the input gate i ≈ [0.9, 0.2, 0.7], so i ⊙ c̃ ≈ [0.72, −0.06, 0.28].
 * Weight rows run over [h₁, h₂, h₃, pronoun, verb, noun]. Never mutated.
 */
export const candidateMemoryPreset: LstmScenario = {
  title: 'Candidate memory',
  description:
    'At “自然” the candidate memory proposes [0.8, −0.3, 0.4] and the input gate [0.9, 0.2, 0.7] writes 0.72 and 0.28 into the cell but lets only −0.06 of the middle value through.',
  // The seed's sentence is 我爱自然语言处理; it ends here at the word its numbers describe.
  sentence: '我 爱 自然',
  features: ['pronoun', 'verb', 'noun'],
  vocabulary: {
    我: [1, 0, 0],
    爱: [0, 1, 0],
    自然: [0, 0, 1],
  },
  params: {
    // The h columns are zero so the seed's numbers at 自然 come from that word alone, whatever came before.
    // With zero biases the noun column is the pre-activation itself: logit(0.9, 0.2, 0.7) for the input
    // gate and atanh(0.8, −0.3, 0.4) for the candidate, rounded to three decimals.
    Wf: [
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ],
    Wi: [
      [0, 0, 0, -2, -2, 2.197],
      [0, 0, 0, -2, -2, -1.386],
      [0, 0, 0, -2, -2, 0.847],
    ],
    Wc: [
      [0, 0, 0, 0, 0, 1.099],
      [0, 0, 0, 0, 0, -0.31],
      [0, 0, 0, 0, 0, 0.424],
    ],
    Wo: [
      [0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 1],
    ],
    // 我 and 爱 propose nothing (their candidate columns are zero), so the cell reaches 自然 empty and then
    // holds exactly i ⊙ c̃; the forget gate would keep most of an earlier memory, but there is none yet.
    bf: [2, 2, 2],
    bi: [0, 0, 0],
    bc: [0, 0, 0],
    bo: [0, 0, 0],
  },
};
