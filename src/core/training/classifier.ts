/**
 * A sequence classifier: an LSTM reads a sentence and a logistic readout looks at the hidden state of
 * one chosen step (`readAt`). Its loss on one sample is the readout's binary cross-entropy; steps after
 * `readAt` cannot change it, so they are not run.
 */
import { gradLstm, type LstmGradients } from '../lstmGrad';
import { runLstm, type LstmParams } from '../lstm';
import { binaryCrossEntropy, readoutGradient, readoutLogit, type Readout } from './readout';

/** The trainable model: the cell's parameters and the readout's. */
export interface SequenceClassifier {
  lstm: LstmParams;
  readout: Readout;
}

/** One training or test example: feature vectors, the step whose h the readout reads, and the answer. */
export interface LabelledSequence {
  xs: number[][];
  readAt: number;
  target: 0 | 1;
}

/** ∂L/∂(every parameter) of one sample: the LSTM's weight and bias gradients and the readout's. */
export interface ClassifierGradients {
  lstm: Pick<LstmGradients, 'dWf' | 'dWi' | 'dWc' | 'dWo' | 'dbf' | 'dbi' | 'dbc' | 'dbo'>;
  readout: { dw: number[]; db: number };
}

/** The probability the classifier gives target 1 for this sample (runs the steps up to readAt). Pure. */
export function classifierProbability(model: SequenceClassifier, sample: LabelledSequence): number {
  const z = readoutLogit(model.readout, hiddenAt(model, sample));
  return 1 / (1 + Math.exp(-z));
}

/** The sample's loss, the probability and every parameter's gradient, through gradLstm. Pure. */
export function classifierLossAndGradient(
  model: SequenceClassifier,
  sample: LabelledSequence,
): { loss: number; probability: number; grads: ClassifierGradients } {
  const xs = stepsRead(sample);
  const h = hiddenAt(model, sample);
  const logit = readoutLogit(model.readout, h);
  const readoutGrads = readoutGradient(model.readout, h, sample.target);
  // The readout sees only h at readAt: every other step gets a zero upstream gradient.
  const H = h.length;
  const dh = xs.map((_, t) => (t === sample.readAt ? readoutGrads.dh : new Array<number>(H).fill(0)));
  const lstm = gradLstm(model.lstm, xs, dh);
  return {
    loss: binaryCrossEntropy(logit, sample.target),
    probability: 1 / (1 + Math.exp(-logit)),
    grads: {
      lstm: { dWf: lstm.dWf, dWi: lstm.dWi, dWc: lstm.dWc, dWo: lstm.dWo, dbf: lstm.dbf, dbi: lstm.dbi, dbc: lstm.dbc, dbo: lstm.dbo },
      readout: { dw: readoutGrads.dw, db: readoutGrads.db },
    },
  };
}

/** The sample's loss alone (for finite differences and evaluation). Pure. */
export function classifierLoss(model: SequenceClassifier, sample: LabelledSequence): number {
  return binaryCrossEntropy(readoutLogit(model.readout, hiddenAt(model, sample)), sample.target);
}

function stepsRead(sample: LabelledSequence): number[][] {
  const { xs, readAt } = sample;
  if (!Number.isInteger(readAt) || readAt < 0 || readAt >= xs.length) {
    throw new Error(`readAt must be a step of the sentence (0…${xs.length - 1}), got ${readAt}`);
  }
  return xs.slice(0, readAt + 1);
}

function hiddenAt(model: SequenceClassifier, sample: LabelledSequence): number[] {
  const steps = runLstm(model.lstm, stepsRead(sample));
  return steps[sample.readAt].h;
}
