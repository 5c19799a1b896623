import { checkCell, checkInit, checkUpstream, type CellSpec } from './cellShape';
import { flattenRows, flattenVector } from './flat';
import type { LstmInit, LstmParams } from './lstm';
import { lstmBackward, lstmForward } from './lstmEngine';
import { lstmStateGradientsOf, lstmWeightsOf, weightGradient, type LstmStateGradients } from './lstmRecords';

/** Gradients of the standard LSTM: one per parameter (same shapes), plus the state and per-step ones. */
export interface LstmGradients extends LstmStateGradients {
  dWf: number[][];
  dWi: number[][];
  dWc: number[][];
  dWo: number[][];
  dbf: number[];
  dbi: number[];
  dbc: number[];
  dbo: number[];
}

const LSTM_SPEC: CellSpec = { weights: ['Wf', 'Wi', 'Wc', 'Wo'], vectors: ['bf', 'bi', 'bc', 'bo'] };

/**
 * Exact gradients of L = Σ_t dh[t]·h_t (dh[t] is the upstream gradient on h_t) by backpropagation
 * through time, for the cell runLstm computes. dhs[t] = ∂L/∂h_t and dcs[t] = ∂L/∂c_t include
 * everything that flows back from later steps; along the cell state, ∂c_t/∂c_{t-1} = f_t. Validates
 * like runLstm (and names dh[t]); never mutates its inputs.
 */
export function gradLstm(params: LstmParams, xs: number[][], dh: number[][], init: LstmInit = {}): LstmGradients {
  const { H, D, T } = checkCell(LSTM_SPEC, params, xs);
  checkInit(init, ['h0', 'c0'], H);
  checkUpstream('dh', dh, T, H);
  const weights = lstmWeightsOf(params, H, D, { peephole: false, coupled: false });
  const run = lstmForward(weights, flattenRows(xs, D), T, flattenVector(init.h0, H), flattenVector(init.c0, H));
  const g = lstmBackward(weights, run, flattenRows(dh, H));
  return {
    dWf: weightGradient(g.dWf, H, D),
    dWi: weightGradient(g.dWi, H, D),
    dWc: weightGradient(g.dWc, H, D),
    dWo: weightGradient(g.dWo, H, D),
    dbf: Array.from(g.dbf),
    dbi: Array.from(g.dbi),
    dbc: Array.from(g.dbc),
    dbo: Array.from(g.dbo),
    ...lstmStateGradientsOf(g, T, H, D),
  };
}
