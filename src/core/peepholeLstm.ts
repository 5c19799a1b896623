import { checkCell, checkInit, checkUpstream, type CellSpec } from './cellShape';
import { flattenRows, flattenVector } from './flat';
import type { LstmInit, LstmParams, LstmStep } from './lstm';
import type { LstmGradients } from './lstmGrad';
import { lstmBackward, lstmForward } from './lstmEngine';
import { lstmStateGradientsOf, lstmStepsOf, lstmWeightsOf, weightGradient } from './lstmRecords';

/**
 * The peephole LSTM (Gers & Schmidhuber 2000, the first variant in seed 001): the gates also look at
 * the cell state, each unit through its own peephole weight, f and i at C_{t-1} and o at the new C_t:
 *   f = σ(Wf·[h_{t-1}, x_t] + pf ⊙ C_{t-1} + bf),  i = σ(Wi·[h_{t-1}, x_t] + pi ⊙ C_{t-1} + bi),
 *   C̃ = tanh(Wc·[h_{t-1}, x_t] + bc),  C_t = f ⊙ C_{t-1} + i ⊙ C̃,
 *   o = σ(Wo·[h_{t-1}, x_t] + po ⊙ C_t + bo),  h_t = o ⊙ tanh(C_t).
 * pf, pi, po have H entries; all zero gives the standard LSTM exactly.
 */
export interface PeepholeLstmParams extends LstmParams {
  pf: number[];
  pi: number[];
  po: number[];
}

/** Gradients of the peephole LSTM: the standard ones plus the peephole weights'. */
export interface PeepholeLstmGradients extends LstmGradients {
  dpf: number[];
  dpi: number[];
  dpo: number[];
}

const PEEPHOLE_SPEC: CellSpec = {
  weights: ['Wf', 'Wi', 'Wc', 'Wo'],
  vectors: ['bf', 'bi', 'bc', 'bo', 'pf', 'pi', 'po'],
};
const VARIANT = { peephole: true, coupled: false } as const;

/**
 * Runs the peephole LSTM over xs from h0, c0 (zeros by default); one LstmStep per input, whose zf, zi,
 * zo include the peephole terms. Validates every shape and value; never mutates its inputs.
 */
export function runPeepholeLstm(params: PeepholeLstmParams, xs: number[][], init: LstmInit = {}): LstmStep[] {
  const { H, D, T } = checkCell(PEEPHOLE_SPEC, params, xs);
  checkInit(init, ['h0', 'c0'], H);
  const weights = lstmWeightsOf(params, H, D, VARIANT);
  return lstmStepsOf(lstmForward(weights, flattenRows(xs, D), T, flattenVector(init.h0, H), flattenVector(init.c0, H)), H, D);
}

/**
 * Exact gradients of L = Σ_t dh[t]·h_t for the peephole LSTM. Along the cell state the local factor
 * is ∂C_t/∂C_{t-1} = f_t + the peephole routes through f_t and i_t (and C_t reaches h_t through o_t
 * too). Validates like runPeepholeLstm and names dh[t]; never mutates its inputs.
 */
export function gradPeepholeLstm(
  params: PeepholeLstmParams,
  xs: number[][],
  dh: number[][],
  init: LstmInit = {},
): PeepholeLstmGradients {
  const { H, D, T } = checkCell(PEEPHOLE_SPEC, params, xs);
  checkInit(init, ['h0', 'c0'], H);
  checkUpstream('dh', dh, T, H);
  const weights = lstmWeightsOf(params, H, D, VARIANT);
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
    dpf: Array.from(g.dpf),
    dpi: Array.from(g.dpi),
    dpo: Array.from(g.dpo),
    ...lstmStateGradientsOf(g, T, H, D),
  };
}
