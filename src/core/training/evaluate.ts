import { runLstm } from '../lstm';
import { binaryCrossEntropy, readoutLogit } from './readout';
import type { LabelledSequence, SequenceClassifier } from './classifier';

/** Mean loss and the share of samples the classifier gets right (p ≥ 0.5 means "target 1"). */
export interface Evaluation {
  loss: number;
  accuracy: number;
}

/** Mean binary cross-entropy and accuracy over `samples` (NaN for none). Pure. */
export function evaluateClassifier(model: SequenceClassifier, samples: readonly LabelledSequence[]): Evaluation {
  let loss = 0;
  let correct = 0;
  for (const sample of samples) {
    const steps = runLstm(model.lstm, sample.xs.slice(0, sample.readAt + 1));
    const logit = readoutLogit(model.readout, steps[sample.readAt].h);
    loss += binaryCrossEntropy(logit, sample.target);
    if ((logit >= 0 ? 1 : 0) === sample.target) correct++;
  }
  return { loss: loss / samples.length, accuracy: correct / samples.length };
}

/**
 * The forget gate's mean at each position: entry t averages f_t over every hidden unit and every sample
 * at least t + 1 steps long (NaN where none is). Shows whether the cell keeps its memory from one step
 * to the next (f near 1) or wipes it (f near 0). Pure.
 */
export function meanForgetByPosition(model: SequenceClassifier, samples: readonly LabelledSequence[]): number[] {
  const sums: number[] = [];
  const counts: number[] = [];
  for (const sample of samples) {
    runLstm(model.lstm, sample.xs).forEach((step, t) => {
      sums[t] = (sums[t] ?? 0) + step.f.reduce((total, f) => total + f, 0);
      counts[t] = (counts[t] ?? 0) + step.f.length;
    });
  }
  return sums.map((sum, t) => sum / counts[t]);
}
