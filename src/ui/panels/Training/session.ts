import { createTrainer, evaluateClassifier, meanForgetByPosition, type Trainer } from '../../../core/training';
import { agreementDataset, agreementTrainerConfig, type AgreementDataset } from '../../../model/training';
import type { TrainingPoint, TrainingSnapshot, TrainingStatus } from './protocol';

/** Adam steps in one run before it stops by itself (100 % comes near step 120, the gate keeps opening until ~600). */
export const MAX_TRAINING_STEPS = 800;
/** The curves keep at most this many points; older ones are thinned so a long session stays cheap to send. */
const MAX_HISTORY_POINTS = 400;

/**
 * One training run of the agreement task with its measured history. Not React and not a worker: the
 * same object runs inside the Web Worker and, in tests, on the page. `step`/`reset` mutate it.
 */
export interface TrainingSession {
  /** Takes `count` steps (fewer if the budget is reached unless `pastBudget`), then measures. */
  advance(count: number, pastBudget?: boolean): void;
  /** Starts again from `seed`'s initial weights. */
  reset(seed: number): void;
  setStatus(status: TrainingStatus): void;
  snapshot(): TrainingSnapshot;
}

let sharedDataset: AgreementDataset | null = null;

/** A session at step 0 for `seed`. The dataset is built once per thread and shared (never mutated). */
export function createTrainingSession(seed: number): TrainingSession {
  sharedDataset ??= agreementDataset();
  const data = sharedDataset;
  let trainer: Trainer = createTrainer(agreementTrainerConfig(seed), data.train);
  let history: TrainingPoint[] = [];
  let status: TrainingStatus = 'idle';
  const measure = () => {
    const model = trainer.model();
    const train = evaluateClassifier(model, data.train);
    const test = evaluateClassifier(model, data.test);
    history.push({
      step: trainer.steps(),
      trainLoss: train.loss,
      testLoss: test.loss,
      trainAccuracy: train.accuracy,
      testAccuracy: test.accuracy,
      forget: meanForgetByPosition(model, data.test),
    });
    // Keep the first and latest points, drop every other one in between.
    if (history.length > MAX_HISTORY_POINTS) history = history.filter((_, k) => k % 2 === 0 || k === history.length - 1);
  };
  measure();
  return {
    advance(count, pastBudget = false) {
      const budget = pastBudget ? count : Math.min(count, MAX_TRAINING_STEPS - trainer.steps());
      for (let k = 0; k < budget; k++) trainer.step();
      if (budget > 0) measure();
      if (trainer.steps() >= MAX_TRAINING_STEPS && status === 'running') status = 'finished';
    },
    reset(newSeed) {
      trainer = createTrainer(agreementTrainerConfig(newSeed), data.train);
      history = [];
      status = 'idle';
      measure();
    },
    setStatus(next) {
      status = next;
    },
    snapshot: () => ({
      seed: trainer.config.seed,
      status,
      steps: trainer.steps(),
      maxSteps: MAX_TRAINING_STEPS,
      history: [...history],
      model: trainer.model(),
    }),
  };
}
