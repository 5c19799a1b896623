import {
  gradCoupledLstm,
  gradGru,
  gradLstm,
  gradPeepholeLstm,
  gruJacobians,
  lstmCellJacobians,
  peepholeCellJacobians,
  runCoupledLstm,
  runGru,
  runLstm,
  runPeepholeLstm,
  type CoupledLstmGradients,
  type CoupledLstmStep,
  type GruGradients,
  type GruStep,
  type LstmGradients,
  type LstmStep,
  type PeepholeLstmGradients,
} from '../../core';
import type { QuantityKey } from '../cells';
import type { CellKind, Scenario } from '../scenario';
import { upstreamSequence, type GradientTarget } from './target';

/** A scenario's cell and its parameters, without the rest of the scenario (one of the four, tagged). */
export type CellAndParams = Scenario extends infer S ? (S extends Scenario ? Pick<S, 'cell' | 'params'> : never) : never;

/** The core's own run and exact gradients, tagged by cell. */
export type CoreBackprop =
  | { cell: 'lstm'; steps: LstmStep[]; gradients: LstmGradients }
  | { cell: 'peephole'; steps: LstmStep[]; gradients: PeepholeLstmGradients }
  | { cell: 'coupled'; steps: CoupledLstmStep[]; gradients: CoupledLstmGradients }
  | { cell: 'gru'; steps: GruStep[]; gradients: GruGradients };

/** A parameter's gradient: its name in the core (Wf, bz, pf …) and ∂L/∂(it), a matrix or a vector. */
export interface ParameterGradient {
  name: string;
  gradient: number[][] | number[];
}

/** Any cell's run and exact gradients through time, in the shape every panel reads. */
export interface CellBackprop {
  cell: CellKind;
  core: CoreBackprop;
  /** per step, the cell's quantities (f, i, C̃, o, C, h or z, r, h̃, h) keyed as in the cell table */
  values: Partial<Record<QuantityKey, number[]>>[];
  /** per step, ∂L/∂(each of those quantities), including everything that flows back from later steps */
  gradients: Partial<Record<QuantityKey, number[]>>[];
  /** h_t per step */
  hidden: number[][];
  /** ∂L/∂(memory_t): ∂L/∂C_t in the LSTM family, ∂L/∂h_t in the GRU (its h is its belt) */
  memoryGradient: number[][];
  /** ∂L/∂h_t per step */
  hiddenGradient: number[][];
  /**
   * per step, the belt's diagonal local factor: f_t (standard and coupled LSTM), f_t plus the peephole
   * terms (∂C_t/∂C_{t−1} holding h fixed), or the GRU's direct path 1 − z_t
   */
  beltFactor: number[][];
  /** the GRU's full ∂h_t/∂h_{t−1} per step (direct path plus the routes through z, r and h̃); null otherwise */
  fullJacobian: number[][][] | null;
  /** ∂L/∂W, ∂L/∂b (and the peepholes') in the cell's own order */
  parameters: ParameterGradient[];
}

const param = (name: string, gradient: number[][] | number[]): ParameterGradient => ({ name, gradient });

/**
 * Runs the cell on xs and backpropagates the target (read at the last h) through time with the core's
 * exact gradient function for that cell. Throws the core's shape errors. Pure.
 */
export function cellBackprop(cell: CellAndParams, xs: number[][], target: GradientTarget, init: { h0?: number[]; c0?: number[] } = {}): CellBackprop {
  switch (cell.cell) {
    case 'peephole': {
      const steps = runPeepholeLstm(cell.params, xs, init);
      const g = gradPeepholeLstm(cell.params, xs, upstreamSequence(target, steps.map((s) => s.h)), init);
      const belt = peepholeCellJacobians(cell.params, steps).map((j) => j.diagonal);
      return lstmFamily({ cell: 'peephole', steps, gradients: g }, steps, g, belt, [
        param('Wf', g.dWf), param('Wi', g.dWi), param('Wc', g.dWc), param('Wo', g.dWo),
        param('bf', g.dbf), param('bi', g.dbi), param('bc', g.dbc), param('bo', g.dbo),
        param('pf', g.dpf), param('pi', g.dpi), param('po', g.dpo),
      ]);
    }
    case 'coupled': {
      const steps = runCoupledLstm(cell.params, xs, init);
      const g = gradCoupledLstm(cell.params, xs, upstreamSequence(target, steps.map((s) => s.h)), init);
      return lstmFamily({ cell: 'coupled', steps, gradients: g }, steps, g, lstmCellJacobians(steps).map((j) => j.diagonal), [
        param('Wf', g.dWf), param('Wc', g.dWc), param('Wo', g.dWo), param('bf', g.dbf), param('bc', g.dbc), param('bo', g.dbo),
      ]);
    }
    case 'gru': {
      const steps = runGru(cell.params, xs, { h0: init.h0 });
      const g = gradGru(cell.params, xs, upstreamSequence(target, steps.map((s) => s.h)), { h0: init.h0 });
      return {
        cell: 'gru',
        core: { cell: 'gru', steps, gradients: g },
        values: steps,
        gradients: g.steps,
        hidden: steps.map((s) => s.h),
        memoryGradient: g.dhs,
        hiddenGradient: g.dhs,
        beltFactor: steps.map((s) => s.z.map((z) => 1 - z)),
        fullJacobian: gruJacobians(cell.params, steps).map((j) => j.matrix),
        parameters: [param('Wz', g.dWz), param('Wr', g.dWr), param('Wh', g.dWh), param('bz', g.dbz), param('br', g.dbr), param('bh', g.dbh)],
      };
    }
    default: {
      const steps = runLstm(cell.params, xs, init);
      const g = gradLstm(cell.params, xs, upstreamSequence(target, steps.map((s) => s.h)), init);
      return lstmFamily({ cell: 'lstm', steps, gradients: g }, steps, g, lstmCellJacobians(steps).map((j) => j.diagonal), [
        param('Wf', g.dWf), param('Wi', g.dWi), param('Wc', g.dWc), param('Wo', g.dWo),
        param('bf', g.dbf), param('bi', g.dbi), param('bc', g.dbc), param('bo', g.dbo),
      ]);
    }
  }
}

function lstmFamily(
  core: Exclude<CoreBackprop, { cell: 'gru' }>,
  steps: CoupledLstmStep[],
  g: { dcs: number[][]; dhs: number[][]; steps: Partial<Record<QuantityKey, number[]>>[] },
  beltFactor: number[][],
  parameters: ParameterGradient[],
): CellBackprop {
  return {
    cell: core.cell,
    core,
    values: steps,
    gradients: g.steps,
    hidden: steps.map((s) => s.h),
    memoryGradient: g.dcs,
    hiddenGradient: g.dhs,
    beltFactor,
    fullJacobian: null,
    parameters,
  };
}
