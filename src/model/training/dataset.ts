/**
 * The agreement task the training panel teaches the Alice model.
 *
 * Every sentence reads "NAME is ADJ. PRONOUN VERB." — five words, "Alice is happy. She smiles." among
 * them. The readout looks at h at the pronoun (step 3) and must answer: does the pronoun agree with the
 * gender of the name three words back? Target 1 for "Alice is happy. She smiles.", 0 for "Alice is
 * happy. He smiles.". The pronoun's own features say only which pronoun it is, and each pronoun is
 * right for half the names, so the answer cannot be read from the pronoun's input: the cell must carry
 * the name's gender across "is" and the adjective.
 *
 * Features (D = 10): name, female, male, pronoun, adjective, verb (the word's kind and gender, 0/1),
 * then id1…id4, an identity code fixed per word (uniform in [−1, 1] from a fixed seed) — distractors on
 * the words in between, and for names a per-name signature. Three names of each gender appear only in
 * the test set: their identity codes were never seen in training, so held-out accuracy measures whether
 * the cell learned to use the gender feature rather than memorising which names are female.
 *
 * The split is fixed: train = 18 names × 8 adjectives × 2 pronouns = 288 sentences, test = 6 held-out
 * names × 8 × 2 = 96; both are half agreeing, half not. The verb (after the readout, so it cannot change
 * the answer) is cycled through the eight verbs.
 */
import type { LabelledSequence } from '../../core/training';
import { mulberry32 } from '../random';
import { vocabularyKey } from '../scenario';
import { tokenize } from '../tokenizer';
import { ADJECTIVES, FEMALE_NAMES, HELD_OUT_PER_GENDER, MALE_NAMES, PRONOUNS, VERBS } from './words';

/** The feature names, in column order. */
export const AGREEMENT_FEATURES = ['name', 'female', 'male', 'pronoun', 'adjective', 'verb', 'id1', 'id2', 'id3', 'id4'] as const;
/** The step whose hidden state the readout reads: the pronoun. */
export const PRONOUN_STEP = 3;
/** Seed of the identity codes; changing it changes the task, so it is fixed. */
export const IDENTITY_SEED = 20240611;
const IDENTITY_FEATURES = 4;

/** One sentence of the task with what it is about. */
export interface AgreementSentence {
  sentence: string;
  name: string;
  nameIsFemale: boolean;
  pronoun: string;
  /** the target: the pronoun matches the name's gender */
  agrees: boolean;
  /** true for the names only the test set uses */
  heldOut: boolean;
}

/** The whole task: features, vocabulary, and both splits as sentences and as labelled feature sequences. */
export interface AgreementDataset {
  features: string[];
  vocabulary: Record<string, number[]>;
  trainSentences: AgreementSentence[];
  testSentences: AgreementSentence[];
  train: LabelledSequence[];
  test: LabelledSequence[];
  heldOutNames: string[];
}

/** The vocabulary: every word of the task (lower-case, as the app looks words up) → its 10 features. Pure. */
export function agreementVocabulary(): Record<string, number[]> {
  const random = mulberry32(IDENTITY_SEED);
  const identity = () => Array.from({ length: IDENTITY_FEATURES }, () => Math.round((2 * random() - 1) * 1000) / 1000);
  const vocabulary: Record<string, number[]> = {};
  // kind = [name, female, male, pronoun, adjective, verb]; entries are drawn in this fixed order.
  const add = (word: string, kind: number[]) => {
    vocabulary[vocabularyKey(word)] = [...kind, ...identity()];
  };
  for (const name of FEMALE_NAMES) add(name, [1, 1, 0, 0, 0, 0]);
  for (const name of MALE_NAMES) add(name, [1, 0, 1, 0, 0, 0]);
  add('is', [0, 0, 0, 0, 0, 1]);
  for (const adjective of ADJECTIVES) add(adjective, [0, 0, 0, 0, 1, 0]);
  for (const pronoun of PRONOUNS) add(pronoun.word, [0, pronoun.female ? 1 : 0, pronoun.female ? 0 : 1, 1, 0, 0]);
  for (const verb of VERBS) add(verb, [0, 0, 0, 0, 0, 1]);
  return vocabulary;
}

/** Builds the fixed dataset (the same every call). Pure. */
export function agreementDataset(): AgreementDataset {
  const vocabulary = agreementVocabulary();
  const names = [
    ...FEMALE_NAMES.map((name, k) => ({ name, female: true, heldOut: k >= FEMALE_NAMES.length - HELD_OUT_PER_GENDER })),
    ...MALE_NAMES.map((name, k) => ({ name, female: false, heldOut: k >= MALE_NAMES.length - HELD_OUT_PER_GENDER })),
  ];
  const trainSentences: AgreementSentence[] = [];
  const testSentences: AgreementSentence[] = [];
  names.forEach(({ name, female, heldOut }, nameIndex) => {
    ADJECTIVES.forEach((adjective, adjectiveIndex) => {
      PRONOUNS.forEach((pronoun, pronounIndex) => {
        // The verb comes after the readout and cannot change the answer: one per sentence, cycled so every verb appears.
        const verb = VERBS[(nameIndex + adjectiveIndex + pronounIndex) % VERBS.length];
        const sentence: AgreementSentence = {
          sentence: `${name} is ${adjective}. ${pronoun.word} ${verb}.`,
          name,
          nameIsFemale: female,
          pronoun: pronoun.word,
          agrees: pronoun.female === female,
          heldOut,
        };
        (heldOut ? testSentences : trainSentences).push(sentence);
      });
    });
  });
  const encode = (s: AgreementSentence): LabelledSequence => ({
    xs: tokenize(s.sentence).map((token) => [...vocabulary[vocabularyKey(token.text)]]),
    readAt: PRONOUN_STEP,
    target: s.agrees ? 1 : 0,
  });
  return {
    features: [...AGREEMENT_FEATURES],
    vocabulary,
    trainSentences,
    testSentences,
    train: trainSentences.map(encode),
    test: testSentences.map(encode),
    heldOutNames: names.filter((n) => n.heldOut).map((n) => n.name),
  };
}
