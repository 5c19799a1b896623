import { mulberry32, randomLstmParams } from '../random';
import type { LstmScenario } from '../scenario';

/** Feature names of the synthetic vocabulary (D = 6). */
const STRESS_FEATURES = ['noun', 'verb', 'adjective', 'pronoun', 'plural', 'past'];

/** Twelve words, each with a distinct 0/1 feature vector over STRESS_FEATURES. */
const STRESS_VOCABULARY: Record<string, number[]> = {
  cat: [1, 0, 0, 0, 0, 0],
  dogs: [1, 0, 0, 0, 1, 0],
  river: [1, 0, 0, 0, 0, 1],
  runs: [0, 1, 0, 0, 0, 0],
  jumped: [0, 1, 0, 0, 0, 1],
  sing: [0, 1, 0, 0, 1, 0],
  quick: [0, 0, 1, 0, 0, 0],
  old: [0, 0, 1, 0, 0, 1],
  green: [0, 0, 1, 0, 1, 0],
  she: [0, 0, 0, 1, 0, 0],
  they: [0, 0, 0, 1, 1, 0],
  he: [1, 0, 0, 1, 0, 1],
};

// Fixed seeds: the stress scenario must be the same on every machine and every run.
const SENTENCE_SEED = 20240601;
const WEIGHT_SEED = 1997;
const WEIGHT_SCALE = 0.6;

/**
 * A synthetic scenario for performance work: `tokenCount` words drawn deterministically from a
 * twelve-word vocabulary (D = 6 binary features) and `hiddenSize` units with seeded weights.
 * Throws an Error naming a bad argument. Pure.
 */
export function stressScenario(tokenCount = 200, hiddenSize = 8): LstmScenario {
  if (!Number.isInteger(tokenCount) || tokenCount < 1) throw new Error(`tokenCount must be an integer ≥ 1, got ${tokenCount}`);
  if (!Number.isInteger(hiddenSize) || hiddenSize < 1) throw new Error(`hiddenSize must be an integer ≥ 1, got ${hiddenSize}`);

  const words = Object.keys(STRESS_VOCABULARY);
  const next = mulberry32(SENTENCE_SEED);
  const drawn = Array.from({ length: tokenCount }, () => words[Math.floor(next() * words.length)]);
  drawn[0] = drawn[0].charAt(0).toUpperCase() + drawn[0].slice(1);

  return {
    title: `Stress test: ${tokenCount} words, ${hiddenSize} units`,
    description: 'A synthetic sentence with random weights, for performance work rather than reading.',
    sentence: `${drawn.join(' ')}.`,
    features: [...STRESS_FEATURES],
    vocabulary: Object.fromEntries(Object.entries(STRESS_VOCABULARY).map(([word, vector]) => [word, [...vector]])),
    params: randomLstmParams(hiddenSize, STRESS_FEATURES.length, WEIGHT_SEED, WEIGHT_SCALE),
  };
}
