import type { AgreementDataset, AgreementSentence } from '../../../model/training';

// Two training and two held-out sentences, one agreeing and one not in each: enough to show the task.
const PICKS: { split: 'train' | 'test'; name: string; adjective: string; pronoun: string }[] = [
  { split: 'train', name: 'Alice', adjective: 'happy', pronoun: 'She' },
  { split: 'train', name: 'Bob', adjective: 'tired', pronoun: 'She' },
  { split: 'test', name: 'Nora', adjective: 'brave', pronoun: 'She' },
  { split: 'test', name: 'Leo', adjective: 'calm', pronoun: 'She' },
];

/** The sample sentences the panel shows and offers for the preview, in display order. Pure. */
export function sampleSentences(data: AgreementDataset): AgreementSentence[] {
  return PICKS.map(({ split, name, adjective, pronoun }) => {
    const pool = split === 'train' ? data.trainSentences : data.testSentences;
    const found = pool.find((s) => s.name === name && s.pronoun === pronoun && s.sentence.includes(` is ${adjective}.`));
    if (!found) throw new Error(`no sample sentence for ${name} / ${adjective} / ${pronoun}`);
    return found;
  });
}

/** The sample the preview starts with: a held-out name the cell never saw, with an agreeing pronoun. */
export const DEFAULT_SAMPLE_INDEX = 2;
