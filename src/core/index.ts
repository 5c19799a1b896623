/** The LSTM core: pure TypeScript maths with no imports from outside this folder. */
export type { LstmParams, LstmStep, LstmInit } from './lstm';
export { runLstm, lstmStep, lstmDimensions, checkLstmParams, LSTM_WEIGHT_NAMES, LSTM_BIAS_NAMES } from './lstm';
export { sigmoid, tanh, sigmoidDerivativeFromOutput, tanhDerivativeFromOutput } from './activations';
export { gatePreActivation, concatInput } from './affine';
export { checkVector, checkMatrix, checkFinite } from './validate';
export type { StepGradient } from './gradientTypes';
export type { LstmGradients } from './lstmGrad';
export type { LstmStateGradients } from './lstmRecords';
export { gradLstm } from './lstmGrad';
