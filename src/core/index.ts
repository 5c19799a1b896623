/**
 * The core: pure float64 TypeScript maths with no imports from outside this folder. Cells (LSTM, its
 * peephole and coupled-gate variants, GRU, simple RNN) with per-step traces; exact gradients through
 * time of L = Σ_t dh[t]·h_t for each; the per-step local Jacobians that explain gradient flow.
 * Every function validates its inputs (errors name the parameter) and never mutates them.
 */
export type { LstmParams, LstmStep, LstmInit } from './lstm';
export { runLstm, lstmStep, lstmDimensions, checkLstmParams, LSTM_WEIGHT_NAMES, LSTM_BIAS_NAMES } from './lstm';
export { sigmoid, tanh, sigmoidDerivativeFromOutput, tanhDerivativeFromOutput } from './activations';
export { gatePreActivation, concatInput } from './affine';
export { checkVector, checkMatrix, checkFinite } from './validate';
export type { StepGradient } from './gradientTypes';
export type { LstmGradients } from './lstmGrad';
export type { LstmStateGradients } from './lstmRecords';
export { gradLstm } from './lstmGrad';
export type { SimpleRnnParams, SimpleRnnStep, SimpleRnnGradients } from './simpleRnn';
export { runSimpleRnn, gradSimpleRnn } from './simpleRnn';
export type { GruParams, GruStep } from './gru';
export { runGru } from './gru';
export type { GruGradients } from './gruGrad';
export { gradGru } from './gruGrad';
export type { PeepholeLstmParams, PeepholeLstmGradients } from './peepholeLstm';
export { runPeepholeLstm, gradPeepholeLstm } from './peepholeLstm';
export type { CoupledLstmParams, CoupledLstmStep, CoupledLstmGradients } from './coupledLstm';
export { runCoupledLstm, gradCoupledLstm } from './coupledLstm';
export type { DiagonalJacobian, MatrixJacobian } from './jacobians';
export {
  lstmCellJacobians,
  peepholeCellJacobians,
  simpleRnnJacobians,
  gruJacobians,
  diagonalChain,
  jacobianChainNorms,
} from './jacobians';
export { spectralNorm, matrixProduct } from './spectralNorm';
