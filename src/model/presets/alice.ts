import type { LstmParams } from '../../core';
import type { SourceFigures } from '../articleFigures';
import type { LstmScenario } from '../scenario';

/** The source article's parameters; rows run over [h, female, verb, pronoun]. Never mutated. */
const articleParams: LstmParams = {
  Wf: [[0.2, 0.3, -0.1, 0.4]],
  Wi: [[0.5, 0.2, 0.3, -0.2]],
  Wc: [[0.3, 0.1, -0.2, 0.5]],
  Wo: [[0.1, -0.2, 0.4, 0.3]],
  bf: [-0.1],
  bi: [0.3],
  bc: [0.1],
  bo: [-0.2],
};

// What seeds/002 prints for C and h, with its own parameters and inputs so the comparison can tell when
// the user's edits have made the figures irrelevant. It skips t = 2 and just states C₂ and h₂.
const articleFigures: SourceFigures = {
  source: 'seeds/002',
  params: articleParams,
  inputs: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
    [1, 0, 1],
  ],
  h0: [0],
  c0: [0],
  figures: [
    { step: 0, quantity: 'c', printed: '0.122' },
    { step: 0, quantity: 'h', printed: '0.048' },
    { step: 1, quantity: 'c', printed: '0.000' },
    { step: 1, quantity: 'h', printed: '0.000' },
    { step: 2, quantity: 'c', printed: '0.012', stated: true },
    { step: 2, quantity: 'h', printed: '0.005', stated: true },
    { step: 3, quantity: 'c', printed: '0.356' },
    { step: 3, quantity: 'h', printed: '0.164' },
  ],
};

/**
 * The worked example the product is built around: three features [female, verb, pronoun], one hidden
 * unit, and the exact parameters of the source article. Weight rows run over [h, female, verb, pronoun].
 */
export const alicePreset: LstmScenario = {
  title: 'Alice is happy',
  description:
    'With the article’s weights, does the cell still know at “She” that “Alice” came first? Hardly: the forget gate lets most of her go, about a fifth of her effect is left, and the jump at “She” comes from She’s own features.',
  sentence: 'Alice is happy. She smiles.',
  features: ['female', 'verb', 'pronoun'],
  vocabulary: {
    alice: [1, 0, 0],
    is: [0, 1, 0],
    happy: [0, 0, 0],
    she: [1, 0, 1],
    smiles: [0, 1, 0],
  },
  params: articleParams,
  sourceFigures: articleFigures,
};
