import type { LstmScenario } from '../scenario';

/**
 * Seed 001's long-gap example, "I grew up in France … I speak fluent French". Unit 1 carries "France"
 * on the belt across the filler words and shows it only at the language cues; unit 2 remembers only the
 * last word. Weight rows run over [h₁, h₂, France, language cue, filler]. Never mutated.
 */
export const longGapPreset: LstmScenario = {
  title: 'The long gap: France … French',
  description:
    'Unit 1 writes “France” onto the belt and keeps it through the filler words (forget gate near 1, input gate near 0) until its output gate opens at “speak fluent French”, while unit 2 only ever remembers the last word.',
  sentence: 'I grew up in France … years went by, many things happened … I speak fluent French.',
  features: ['France', 'language cue', 'filler'],
  // Fillers are [0, 0, 1]; a language cue, [0, 1, 0], is seed 001's "recent information" that a language
  // name is coming. Each word has its own array so editing one entry never changes another.
  vocabulary: {
    i: [0, 0, 1],
    grew: [0, 0, 1],
    up: [0, 0, 1],
    in: [0, 0, 1],
    france: [1, 0, 0],
    years: [0, 0, 1],
    went: [0, 0, 1],
    by: [0, 0, 1],
    many: [0, 0, 1],
    things: [0, 0, 1],
    happened: [0, 0, 1],
    speak: [0, 1, 0],
    fluent: [0, 1, 0],
    // "French" is the word to predict; it is fed as one more cue, not as "France", so whatever unit 1
    // shows at the end can only have come along the belt.
    french: [0, 1, 0],
  },
  params: {
    // The h columns are zero: the story lives on the belt, so each gate reads only the current word.
    Wf: [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ],
    Wi: [
      [0, 0, 8, 0, 0],
      [0, 0, 0, 0, 0],
    ],
    Wc: [
      [0, 0, 3, 0, 0],
      [0, 0, 0, 2, -1],
    ],
    Wo: [
      [0, 0, 0, 8, 0],
      [0, 0, 0, 0, 0],
    ],
    // Unit 1 keeps ≈ 99.3 % a step (σ(5)), writes only when France opens its input gate (σ(−4 + 8)) and
    // shows its memory only at a cue (σ(−4 + 8)). Unit 2 keeps ≈ 5 % a step (σ(−3)) and always writes and
    // shows, like a simple RNN's short memory: positive after a cue, negative after a filler.
    bf: [5, -3],
    bi: [-4, 3],
    bc: [0, 0],
    bo: [-4, 3],
  },
};
