/** Training a sequence classifier on the LSTM core: readout, loss, Adam, a seeded trainer, evaluation. */
export type { Readout } from './readout';
export { readoutLogit, readoutProbability, readoutGradient, binaryCrossEntropy } from './readout';
export type { SequenceClassifier, LabelledSequence, ClassifierGradients } from './classifier';
export { classifierLoss, classifierLossAndGradient, classifierProbability } from './classifier';
export type { AdamOptions, AdamState } from './adam';
export { ADAM_DEFAULTS, adamState, adamUpdate } from './adam';
export { classifierSize, packClassifier, unpackClassifier, accumulateGradients } from './parameterVector';
export type { TrainerConfig, Trainer } from './trainer';
export { createTrainer, initialClassifier } from './trainer';
export type { Evaluation } from './evaluate';
export { evaluateClassifier, meanForgetByPosition } from './evaluate';
export { seededUniform } from './prng';
export type { FlatSample } from './fastGradient';
export { accumulateSampleGradient, flatSample, flatWeights } from './fastGradient';
