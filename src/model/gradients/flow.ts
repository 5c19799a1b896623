import {
  gradLstm,
  gradSimpleRnn,
  runLstm,
  runSimpleRnn,
  type LstmGradients,
  type LstmParams,
  type LstmStep,
  type SimpleRnnGradients,
  type SimpleRnnParams,
  type SimpleRnnStep,
} from '../../core';
import { encodeSentence } from '../encode';
import { requireStandardLstm } from '../comparison/standardLstm';
import type { Scenario } from '../scenario';
import { lossOf, upstreamSequence, type GradientTarget } from './target';

/** Everything the gradients view shows: both cells' runs, their exact gradients and per-step summaries. */
export interface GradientFlow {
  tokens: string[];
  lstmSteps: LstmStep[];
  rnnSteps: SimpleRnnStep[];
  /** L for each cell (the same scalar read from each cell's own h_T) */
  loss: { lstm: number; rnn: number };
  /** the core's exact gradients: every dW, db, ∂L/∂h_t, ∂L/∂c_t and, per step, every gate */
  lstm: LstmGradients;
  rnn: SimpleRnnGradients;
  /** ‖∂L/∂C_t‖, ‖∂L/∂h_t‖ of the LSTM and ‖∂L/∂h_t‖ of the RNN per step (Euclidean norm over the units) */
  cellNorm: number[];
  hiddenNorm: number[];
  rnnHiddenNorm: number[];
  /** per step t, ∂h_t/∂h_{t−1} of the RNN: diag(1 − h_t²)·W_h, an H × H matrix (tanh'·W for one unit) */
  rnnJacobian: number[][][];
}

/** Euclidean norm of a vector. Pure. */
export function norm(values: readonly number[]): number {
  return Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
}

/** ∂h_t/∂h_{t−1} of a simple RNN step: row k is (1 − h_t,k²) times row k of W's recurrent columns. Pure. */
export function rnnStepJacobian(W: readonly (readonly number[])[], h: readonly number[]): number[][] {
  const H = h.length;
  return W.map((row, k) => row.slice(0, H).map((weight) => (1 - h[k] * h[k]) * weight));
}

/** The RNN with its recurrent weights (W's first H columns) multiplied by `scale`; input weights and bias kept. Pure. */
export function withRecurrentScale(rnn: SimpleRnnParams, scale: number): SimpleRnnParams {
  const H = rnn.W.length;
  return { W: rnn.W.map((row) => row.map((value, column) => (column < H ? value * scale : value))), b: [...rnn.b] };
}

/**
 * Runs the LSTM and the simple RNN on the same inputs and backpropagates the same scalar (read at each
 * cell's last hidden state) through time with the core's exact gradients. Throws the core's shape errors
 * and on an empty sequence. Pure.
 */
export function gradientFlowOf(
  params: LstmParams,
  rnnParams: SimpleRnnParams,
  inputs: readonly number[][],
  target: GradientTarget,
  init: { h0?: number[]; c0?: number[] } = {},
  tokens: string[] = inputs.map((_, t) => String(t)),
): GradientFlow {
  if (inputs.length === 0) throw new Error('the sentence has no words to backpropagate through');
  const xs = inputs.map((x) => [...x]);
  const lstmSteps = runLstm(params, xs, init);
  const rnnSteps = runSimpleRnn(rnnParams, xs, { h0: init.h0 });
  const lstm = gradLstm(params, xs, upstreamSequence(target, lstmSteps.map((step) => step.h)), init);
  const rnn = gradSimpleRnn(rnnParams, xs, upstreamSequence(target, rnnSteps.map((step) => step.h)), { h0: init.h0 });
  const last = inputs.length - 1;
  return {
    tokens,
    lstmSteps,
    rnnSteps,
    loss: { lstm: lossOf(target, lstmSteps[last].h), rnn: lossOf(target, rnnSteps[last].h) },
    lstm,
    rnn,
    cellNorm: lstm.dcs.map(norm),
    hiddenNorm: lstm.dhs.map(norm),
    rnnHiddenNorm: rnn.dhs.map(norm),
    rnnJacobian: rnnSteps.map((step) => rnnStepJacobian(rnnParams.W, step.h)),
  };
}

/** gradientFlowOf on a scenario's encoded sentence from its initial state. Throws unless it runs the standard LSTM. Pure. */
export function gradientFlow(scenario: Scenario, rnnParams: SimpleRnnParams, target: GradientTarget): GradientFlow {
  const tokens = encodeSentence(scenario);
  return gradientFlowOf(
    requireStandardLstm(scenario),
    rnnParams,
    tokens.map((token) => token.vector),
    target,
    { h0: scenario.h0, c0: scenario.c0 },
    tokens.map((token) => token.text),
  );
}
