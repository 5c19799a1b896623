/** Gradients through time of one scalar, in any cell and the simple RNN, with the core's exact backpropagation. */
export { DEFAULT_TARGET, lossOf, lossGradient, upstreamSequence, type GradientTarget, type GradientUnit } from './target';
export { cellBackprop, type CellAndParams, type CellBackprop, type CoreBackprop, type ParameterGradient } from './cellBackprop';
export { gradientFlow, gradientFlowOf, norm, rnnStepJacobian, withRecurrentScale, type GradientFlow } from './flow';
export { gradientExperiment, type GradientExperiment, type GradientSettings } from './experiment';
export { largestEntries, weightGradientTable, type GradientEntry, type WeightGradientSummary } from './weightTable';
