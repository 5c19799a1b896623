import { checkCell, checkInit, checkUpstream, type CellSpec } from './cellShape';
import { flattenRows, flattenVector } from './flat';
import type { StepGradient } from './gradientTypes';
import type { LstmInit, LstmStep } from './lstm';
import { lstmBackward, lstmForward } from './lstmEngine';
import { lstmStateGradientsOf, lstmStepsOf, lstmWeightsOf, weightGradient, type LstmStateGradients } from './lstmRecords';

/**
 * The LSTM with coupled forget and input gates (the second variant in seed 001): one gate decides
 * both what to forget and what to add, i = 1 − f, so new memory enters only where old memory leaves:
 *   f = σ(Wf·[h_{t-1}, x_t] + bf),  C_t = f ⊙ C_{t-1} + (1 − f) ⊙ C̃,  C̃, o and h as in the LSTM.
 * There is no Wi or bi.
 */
export interface CoupledLstmParams {
  Wf: number[][];
  Wc: number[][];
  Wo: number[][];
  bf: number[];
  bc: number[];
  bo: number[];
}

/** One coupled-LSTM step: an LstmStep without zi, whose i is 1 − f. */
export type CoupledLstmStep = Omit<LstmStep, 'zi'>;

/**
 * Gradients of the coupled LSTM. In `steps`, f's adjoint is the total one (it includes −∂L/∂i, since
 * i = 1 − f) and i's is ∂L/∂i = ∂L/∂C_t ⊙ C̃.
 */
export interface CoupledLstmGradients extends Omit<LstmStateGradients, 'steps'> {
  dWf: number[][];
  dWc: number[][];
  dWo: number[][];
  dbf: number[];
  dbc: number[];
  dbo: number[];
  steps: StepGradient<CoupledLstmStep>[];
}

const COUPLED_SPEC: CellSpec = { weights: ['Wf', 'Wc', 'Wo'], vectors: ['bf', 'bc', 'bo'] };
const VARIANT = { peephole: false, coupled: true } as const;

/** Runs the coupled LSTM over xs from h0, c0 (zeros by default). Validates every shape and value; never mutates its inputs. */
export function runCoupledLstm(params: CoupledLstmParams, xs: number[][], init: LstmInit = {}): CoupledLstmStep[] {
  const { H, D, T } = checkCell(COUPLED_SPEC, params, xs);
  checkInit(init, ['h0', 'c0'], H);
  const weights = lstmWeightsOf(params, H, D, VARIANT);
  const steps = lstmStepsOf(lstmForward(weights, flattenRows(xs, D), T, flattenVector(init.h0, H), flattenVector(init.c0, H)), H, D);
  return steps.map(({ zi, ...step }) => step);
}

/**
 * Exact gradients of L = Σ_t dh[t]·h_t for the coupled LSTM; ∂C_t/∂C_{t-1} = f_t along the belt, as
 * in the LSTM. Validates like runCoupledLstm and names dh[t]; never mutates its inputs.
 */
export function gradCoupledLstm(
  params: CoupledLstmParams,
  xs: number[][],
  dh: number[][],
  init: LstmInit = {},
): CoupledLstmGradients {
  const { H, D, T } = checkCell(COUPLED_SPEC, params, xs);
  checkInit(init, ['h0', 'c0'], H);
  checkUpstream('dh', dh, T, H);
  const weights = lstmWeightsOf(params, H, D, VARIANT);
  const run = lstmForward(weights, flattenRows(xs, D), T, flattenVector(init.h0, H), flattenVector(init.c0, H));
  const g = lstmBackward(weights, run, flattenRows(dh, H));
  const state = lstmStateGradientsOf(g, T, H, D);
  return {
    dWf: weightGradient(g.dWf, H, D),
    dWc: weightGradient(g.dWc, H, D),
    dWo: weightGradient(g.dWo, H, D),
    dbf: Array.from(g.dbf),
    dbc: Array.from(g.dbc),
    dbo: Array.from(g.dbo),
    ...state,
    steps: state.steps.map(({ zi, ...step }) => step),
  };
}
