import type { LstmScenario } from '../scenario';
import { alicePreset } from './alice';

/**
 * "Alice is happy. She smiles." with the same features and vocabulary as the article's example, but
 * hand-set weights that do what the article's story says: the forget gate stays near 1 at every word,
 * so the memory of "Alice" rides the belt through "is" and "happy" and is still there at "She".
 * Weight rows run over [h, female, verb, pronoun]. Never mutated.
 */
export const aliceRememberedPreset: LstmScenario = {
  title: 'Alice, remembered',
  description:
    'The same sentence and features with hand-set weights that do remember: the forget gate stays near 1 (σ(4) ≈ 0.98) at every word and the input gate opens only for the female name, so the memory of “Alice” rides the belt through “is” and “happy” and about 95% of its effect is still there at “She”, where the pronoun opens the output gate.',
  sentence: alicePreset.sentence,
  features: [...alicePreset.features],
  vocabulary: Object.fromEntries(Object.entries(alicePreset.vocabulary).map(([word, vector]) => [word, [...vector]])),
  params: {
    // The h columns are zero: the memory lives on the belt, so each gate reads only the current word.
    // The forget gate's bias alone keeps σ(4) ≈ 0.982 of the cell at every word.
    Wf: [[0, 0, 0, 0]],
    // Open, σ(−3 + 6) ≈ 0.95, only for a female word that is not a pronoun: "Alice" is written and "She"
    // (female and pronoun, σ(−3)) adds little, so whatever the cell holds at "She" came from "Alice".
    Wi: [[0, 6, 0, -6]],
    // The female feature proposes tanh(1) ≈ 0.76; every other word proposes 0.
    Wc: [[0, 1, 0, 0]],
    // The pronoun opens the output gate, σ(−3 + 6) ≈ 0.95: at "She" the cell shows what it kept.
    Wo: [[0, 0, 0, 6]],
    bf: [4],
    bi: [-3],
    bc: [0],
    bo: [-3],
  },
};
