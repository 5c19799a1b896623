import type { SequenceClassifier } from '../../../core/training';

/** One point of the training curves, measured after `step` Adam steps. */
export interface TrainingPoint {
  step: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** mean forget gate at each word position (over hidden units and held-out sentences) */
  forget: number[];
}

/** Where a run stands: not started, stepping on its own, paused, or at its step budget. */
export type TrainingStatus = 'idle' | 'running' | 'paused' | 'finished';

/** Everything the panel draws, sent by the runner after every change (plain, cloneable data). */
export interface TrainingSnapshot {
  seed: number;
  status: TrainingStatus;
  steps: number;
  /** the step budget of one run; "one step" may go past it */
  maxSteps: number;
  history: TrainingPoint[];
  model: SequenceClassifier;
}

/** What the panel asks the runner to do. */
export type TrainingCommand =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'reset'; seed: number };

/** Runs training somewhere (a Web Worker, or the page itself in tests) and reports snapshots. */
export interface TrainingRunner {
  /** Sends a command; a snapshot follows. */
  send(command: TrainingCommand): void;
  /** Registers the snapshot listener (one per runner); returns a function that removes it. */
  subscribe(listener: (snapshot: TrainingSnapshot) => void): () => void;
  /** Stops everything (terminates the worker); the runner is unusable afterwards. */
  dispose(): void;
}
