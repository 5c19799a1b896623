import type { LstmScenario } from '../scenario';

/**
 * Seed 004's "我 爱 祖国" (I love motherland) through one LSTM unit: each word adds about the same
 * amount to the cell and the forget gate keeps what is there, so the memory builds up over the three
 * words, and the output gate opens as the object completes the sentence. Weight rows run over
 * [h, subject, verb, object]. Never mutated.
 */
export const motherlandPreset: LstmScenario = {
  title: '我 爱 祖国 (I love my motherland)',
  description:
    'Each word adds a similar amount to the memory while the forget gate keeps what is already there, so the cell builds up over 我 → 爱 → 祖国 and the output gate opens wide only when 祖国 completes the sentence.',
  sentence: '我 爱 祖国',
  features: ['subject', 'verb', 'object'],
  vocabulary: {
    我: [1, 0, 0],
    爱: [0, 1, 0],
    祖国: [0, 0, 1],
  },
  params: {
    // The h columns are zero: the memory that builds up is the belt's, so each gate reads only the word.
    Wf: [[0, 0, 0, 0]],
    Wi: [[0, 0, 0, 0]],
    // Equal candidate weights make every known word add the same step; an unknown word (a zero vector)
    // proposes tanh(0) = 0 and adds nothing.
    Wc: [[0, 0.3, 0.3, 0.3]],
    // The output gate opens a little more with each part of the sentence: σ(−2), σ(−1), σ(2).
    Wo: [[0, 0, 1, 4]],
    // σ(5) ≈ 0.993 keeps nearly all of the memory a step; σ(3) ≈ 0.95 writes nearly all of the candidate.
    bf: [5],
    bi: [3],
    bc: [0],
    bo: [-2],
  },
};
