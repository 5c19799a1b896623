import { gradSimpleRnn, runSimpleRnn, type SimpleRnnGradients, type SimpleRnnParams, type SimpleRnnStep } from '../../core';
import { encodeSentence } from '../encode';
import type { CellKind, Scenario } from '../scenario';
import { cellBackprop, type CellAndParams, type CellBackprop } from './cellBackprop';
import { lossOf, upstreamSequence, type GradientTarget } from './target';

/** Everything the gradients view shows: the cell's and the RNN's runs, their exact gradients and per-step summaries. */
export interface GradientFlow {
  /** the cell beside the RNN */
  cell: CellKind;
  tokens: string[];
  /** the cell's run and the core's exact gradients through it, in a shape common to every cell */
  backprop: CellBackprop;
  rnnSteps: SimpleRnnStep[];
  /** L for each cell (the same scalar read from each cell's own h_T) */
  loss: { cell: number; rnn: number };
  rnn: SimpleRnnGradients;
  /** number of hidden units H */
  hiddenSize: number;
  /**
   * ‖∂L/∂memory_t‖ along the cell's belt (C_t in the LSTM family, h_t in the GRU), ‖∂L/∂h_t‖ of the cell
   * (the same numbers in the GRU) and ‖∂L/∂h_t‖ of the RNN per step (Euclidean norm over the units)
   */
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
 * Runs the cell (any of the four; `cell` absent means the standard LSTM) and the simple RNN on the same
 * inputs and backpropagates the same scalar (read at each one's last hidden state) through time with the
 * core's exact gradients. Throws the core's shape errors and on an empty sequence. Pure.
 */
export function gradientFlowOf(
  cell: CellAndParams,
  rnnParams: SimpleRnnParams,
  inputs: readonly number[][],
  target: GradientTarget,
  init: { h0?: number[]; c0?: number[] } = {},
  tokens: string[] = inputs.map((_, t) => String(t)),
): GradientFlow {
  if (inputs.length === 0) throw new Error('the sentence has no words to backpropagate through');
  const xs = inputs.map((x) => [...x]);
  const backprop = cellBackprop(cell, xs, target, init);
  const rnnSteps = runSimpleRnn(rnnParams, xs, { h0: init.h0 });
  const rnn = gradSimpleRnn(rnnParams, xs, upstreamSequence(target, rnnSteps.map((step) => step.h)), { h0: init.h0 });
  const last = inputs.length - 1;
  return {
    cell: backprop.cell,
    tokens,
    backprop,
    rnnSteps,
    loss: { cell: lossOf(target, backprop.hidden[last]), rnn: lossOf(target, rnnSteps[last].h) },
    rnn,
    hiddenSize: backprop.hidden[last].length,
    cellNorm: backprop.memoryGradient.map(norm),
    hiddenNorm: backprop.hiddenGradient.map(norm),
    rnnHiddenNorm: rnn.dhs.map(norm),
    rnnJacobian: rnnSteps.map((step) => rnnStepJacobian(rnnParams.W, step.h)),
  };
}

/** gradientFlowOf on a scenario's encoded sentence from its initial state, with the scenario's own cell. Pure. */
export function gradientFlow(scenario: Scenario, rnnParams: SimpleRnnParams, target: GradientTarget): GradientFlow {
  const tokens = encodeSentence(scenario);
  return gradientFlowOf(
    scenario,
    rnnParams,
    tokens.map((token) => token.vector),
    target,
    { h0: scenario.h0, c0: scenario.c0 },
    tokens.map((token) => token.text),
  );
}
