import type { TrainerConfig } from '../../core/training';
import { MAX_ABS_PARAMETER } from '../schema/limits';
import { AGREEMENT_FEATURES } from './dataset';

/** The seed the panel starts from; any other seed gives another reproducible run. */
export const DEFAULT_TRAINING_SEED = 1;

/**
 * The training run for the agreement task: H = 4 hidden units, D = 10 features, Adam with α = 0.01
 * (β1 0.9, β2 0.999, ε 1e-8), 8 sentences per step, initial weights uniform in ±0.5 (so every gate
 * starts near half open), and every weight kept within the scenario format's ±10 so the trained cell
 * can always be shown, saved and shared. Pure.
 */
export function agreementTrainerConfig(seed: number = DEFAULT_TRAINING_SEED): TrainerConfig {
  return {
    hiddenSize: 4,
    inputSize: AGREEMENT_FEATURES.length,
    seed,
    learningRate: 0.01,
    batchSize: 8,
    initScale: 0.5,
    clamp: MAX_ABS_PARAMETER,
  };
}
