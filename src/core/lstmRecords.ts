import type { StepGradient } from './gradientTypes';
import { flattenMatrix, flattenVector, sliceToArray, toMatrix } from './flat';
import type { LstmBackward, LstmForward, LstmWeights } from './lstmEngine';
import type { LstmStep } from './lstm';

/**
 * Conversions between the LSTM family's public nested arrays and the engine's flat buffers. Every
 * function copies: nothing returned aliases an argument, and no argument is mutated.
 */

/** The nested-array parameters of any LSTM variant (Wi, bi absent when coupled; pf, pi, po only with peepholes). */
export interface LstmFamilyParams {
  Wf: number[][];
  Wi?: number[][];
  Wc: number[][];
  Wo: number[][];
  bf: number[];
  bi?: number[];
  bc: number[];
  bo: number[];
  pf?: number[];
  pi?: number[];
  po?: number[];
}

/** Flat copies of validated parameters for the engine. Reads only. */
export function lstmWeightsOf(params: LstmFamilyParams, H: number, D: number, variant: { peephole: boolean; coupled: boolean }): LstmWeights {
  const width = H + D;
  const matrix = (m: number[][] | undefined): Float64Array => (m ? flattenMatrix(m, H, width) : new Float64Array(H * width));
  return {
    H,
    D,
    Wf: matrix(params.Wf),
    Wi: matrix(variant.coupled ? undefined : params.Wi),
    Wc: matrix(params.Wc),
    Wo: matrix(params.Wo),
    bf: flattenVector(params.bf, H),
    bi: flattenVector(variant.coupled ? undefined : params.bi, H),
    bc: flattenVector(params.bc, H),
    bo: flattenVector(params.bo, H),
    peephole: variant.peephole
      ? { pf: flattenVector(params.pf, H), pi: flattenVector(params.pi, H), po: flattenVector(params.po, H) }
      : null,
    coupled: variant.coupled,
  };
}

/** One LstmStep per time step from a flat forward pass; hPrev/cPrev are the previous step's h/c arrays. Pure. */
export function lstmStepsOf(run: LstmForward, H: number, D: number): LstmStep[] {
  const steps = new Array<LstmStep>(run.T);
  let hPrev = sliceToArray(run.h0, 0, H);
  let cPrev = sliceToArray(run.c0, 0, H);
  for (let t = 0; t < run.T; t++) {
    const at = t * H;
    const row = (buffer: Float64Array): number[] => sliceToArray(buffer, at, H);
    const step: LstmStep = {
      x: sliceToArray(run.xs, t * D, D),
      hPrev,
      cPrev,
      zf: row(run.zf),
      zi: row(run.zi),
      zc: row(run.zc),
      zo: row(run.zo),
      f: row(run.f),
      i: row(run.i),
      cTilde: row(run.cTilde),
      o: row(run.o),
      c: row(run.c),
      h: row(run.h),
    };
    steps[t] = step;
    hPrev = step.h;
    cPrev = step.c;
  }
  return steps;
}

/** Gradients shared by every LSTM variant, as nested arrays. */
export interface LstmStateGradients {
  /** ∂L/∂h0 and ∂L/∂c0 */
  dh0: number[];
  dc0: number[];
  /** ∂L/∂h_t and ∂L/∂c_t for each step t, including everything that flows back from later steps */
  dhs: number[][];
  dcs: number[][];
  /** ∂L/∂x_t for each step */
  dxs: number[][];
  /** per step, ∂L/∂(each field of that step's LstmStep) */
  steps: StepGradient<LstmStep>[];
}

/** The per-step and state gradients of a backward pass as nested arrays (shared rows, see StepGradient). Pure. */
export function lstmStateGradientsOf(g: LstmBackward, T: number, H: number, D: number): LstmStateGradients {
  const rows = (buffer: Float64Array, width: number): number[][] =>
    Array.from({ length: T }, (_, t) => sliceToArray(buffer, t * width, width));
  const dhs = rows(g.dhs, H);
  const dcs = rows(g.dcs, H);
  const dxs = rows(g.dxs, D);
  const dh0 = sliceToArray(g.dh0, 0, H);
  const dc0 = sliceToArray(g.dc0, 0, H);
  const steps = new Array<StepGradient<LstmStep>>(T);
  for (let t = 0; t < T; t++) {
    const at = t * H;
    const row = (buffer: Float64Array): number[] => sliceToArray(buffer, at, H);
    steps[t] = {
      x: dxs[t],
      hPrev: t === 0 ? dh0 : dhs[t - 1],
      cPrev: t === 0 ? dc0 : dcs[t - 1],
      zf: row(g.dzf),
      zi: row(g.dzi),
      zc: row(g.dzc),
      zo: row(g.dzo),
      f: row(g.df),
      i: row(g.di),
      cTilde: row(g.dcTilde),
      o: row(g.do),
      c: dcs[t],
      h: dhs[t],
    };
  }
  return { dh0, dc0, dhs, dcs, dxs, steps };
}

/** A flat gradient matrix as nested H × (H + D) rows. Pure. */
export function weightGradient(flat: Float64Array, H: number, D: number): number[][] {
  return toMatrix(flat, H, H + D);
}
