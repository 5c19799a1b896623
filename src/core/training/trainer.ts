/**
 * Mini-batch training of a sequence classifier with Adam. A trainer owns its parameters, its Adam
 * moments and its random stream: one seed fixes the initial weights and every batch, so two trainers
 * built from the same config and data take exactly the same steps, bit for bit. A step's gradient is
 * the batch mean of classifierLossAndGradient (the readout's, then gradLstm's), computed by
 * accumulateSampleGradient on gradLstm's own engine without its per-call checks and copies.
 */
import { adamState, adamUpdate, ADAM_DEFAULTS, type AdamOptions, type AdamState } from './adam';
import type { LabelledSequence, SequenceClassifier } from './classifier';
import { accumulateSampleGradient, flatSample, flatWeights } from './fastGradient';
import { classifierSize, packClassifier, unpackClassifier } from './parameterVector';
import { seededUniform } from './prng';

/** Everything that decides a training run. */
export interface TrainerConfig {
  /** hidden units H */
  hiddenSize: number;
  /** input features D */
  inputSize: number;
  /** fixes the initial weights and the order of the batches */
  seed: number;
  /** Adam's step size α */
  learningRate: number;
  /** samples per step, drawn uniformly with replacement */
  batchSize: number;
  /** initial weights and biases are uniform in [−initScale, initScale]; the readout bias starts at 0 */
  initScale: number;
  /** every parameter stays within [−clamp, clamp] (the scenario format's ±10 keeps trained weights loadable) */
  clamp: number;
}

/** A training run in progress. `step` advances it; everything else reads. */
export interface Trainer {
  readonly config: TrainerConfig;
  /** steps taken so far */
  steps(): number;
  /** Takes one Adam step on a fresh mini-batch; returns that batch's mean loss before the update. Mutates the trainer. */
  step(): number;
  /** A copy of the current parameters as plain nested arrays. */
  model(): SequenceClassifier;
}

/** Initial parameters for `config`, drawn from `random` in a fixed order (Wf, Wi, Wc, Wo, biases, readout w). Pure apart from advancing `random`. */
export function initialClassifier(config: TrainerConfig, random: () => number): SequenceClassifier {
  const { hiddenSize: H, inputSize: D, initScale } = config;
  const flat = new Float64Array(classifierSize(H, D));
  // The readout bias (the last entry) starts at 0: no prior preference for either answer.
  for (let k = 0; k < flat.length - 1; k++) flat[k] = (2 * random() - 1) * initScale;
  return unpackClassifier(flat, H, D);
}

/** A trainer for `trainSet` (copied, never mutated). Throws an Error naming a bad config entry or sample. */
export function createTrainer(config: TrainerConfig, trainSet: readonly LabelledSequence[]): Trainer {
  checkConfig(config, trainSet.length);
  const { hiddenSize: H, inputSize: D, batchSize } = config;
  const random = seededUniform(config.seed);
  const params = packClassifier(initialClassifier(config, random));
  const adam: AdamState = adamState(params.length);
  const options: AdamOptions = { ...ADAM_DEFAULTS, learningRate: config.learningRate, clamp: config.clamp };
  const grad = new Float64Array(params.length);
  const weights = flatWeights(params, H, D);
  const flatSamples = trainSet.map((sample, n) => flatSample(sample, D, `trainSet[${n}]`));
  let steps = 0;
  return {
    config,
    steps: () => steps,
    model: () => unpackClassifier(params, H, D),
    step() {
      grad.fill(0);
      let loss = 0;
      for (let n = 0; n < batchSize; n++) {
        const sample = flatSamples[Math.floor(random() * flatSamples.length)];
        loss += accumulateSampleGradient(params, weights, sample, grad, 1 / batchSize);
      }
      adamUpdate(params, grad, adam, options);
      steps++;
      return loss / batchSize;
    },
  };
}

function checkConfig(config: TrainerConfig, samples: number): void {
  const counts: (keyof TrainerConfig)[] = ['hiddenSize', 'inputSize', 'batchSize'];
  for (const name of counts) {
    const value = config[name];
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be an integer ≥ 1, got ${value}`);
  }
  for (const name of ['learningRate', 'initScale', 'clamp'] as const) {
    const value = config[name];
    if (!(value > 0)) throw new Error(`${name} must be a number > 0, got ${value}`);
  }
  if (!Number.isFinite(config.seed)) throw new Error(`seed must be a finite number, got ${config.seed}`);
  if (samples === 0) throw new Error('trainSet must hold at least one sample');
}
