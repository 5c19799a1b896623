import type { LstmStep } from '../core';
import { MAX_LANES } from './beltLayout';
import { easedStageProgress, lerp, stageAt, stageProgress, type Stage } from './stepTimeline';

/** Parts of the drawing that fill with colour as the step's contents flow through them. */
export type SegmentId =
  | 'beltIn' // C_{t-1}, from the left edge to the forget valve
  | 'beltKept' // f ⊙ C_{t-1}, from the forget valve to the + junction
  | 'candidateLow' // C̃, from the candidate layer to the input valve
  | 'candidateHigh' // i ⊙ C̃, from the input valve up to the + junction
  | 'beltOut' // C_t, from the + junction to the right edge
  | 'tapToTanh' // C_t copied down to the tanh node
  | 'tanhToValve' // tanh(C_t), down to the output valve
  | 'hiddenOut'; // h_t, out of the cell

/** Everything that changes while a step plays, for every lane: a pure function of (step, previous, progress). */
export interface BeltFrame {
  /** the stage playing, or null when the step is at rest */
  stage: Stage | null;
  /** how far each segment has filled, 0…1 (1 everywhere at rest) */
  fill: Record<SegmentId, number>;
  /** valve openings per lane, tweened from the previous step's value while their stage plays */
  opening: { forget: number[]; input: number[]; output: number[] };
  /** 0…1 glow of each learned layer while its stage plays */
  glow: { forget: number; input: number; candidate: number; output: number };
  /** progress of the three moving packets along their routes: belt, candidate, hidden; null when hidden */
  packets: { belt: number | null; candidate: number | null; hidden: number | null };
  /** the value the belt packet carries: C_{t-1} before the forget valve, f ⊙ C_{t-1} after, C_t after + */
  beltPacketValue: number[];
  /** the value the hidden packet carries: C_t, then tanh(C_t), then h_t */
  hiddenPacketValue: number[];
}

const lanesOf = (values: number[]) => values.slice(0, MAX_LANES);

/**
 * Where the belt's contents are at step progress p. With no previous step (first word, or a jump) the
 * valves start from their own values. At p = 1 this is the resting picture. Pure.
 */
export function beltFrame(step: LstmStep, previous: LstmStep | null, progress: number, fractions: BeltFractions): BeltFrame {
  const atRest = progress >= 1;
  const p = (stage: Stage) => (atRest ? 1 : stageProgress(progress, stage));
  const eased = (stage: Stage) => (atRest ? 1 : easedStageProgress(progress, stage));
  const forget = eased('forget');
  const input = eased('input');
  const update = eased('update');
  const output = eased('output');

  const tween = (from: number[] | undefined, to: number[], t: number) =>
    lanesOf(to).map((value, k) => lerp(from?.[k] ?? value, value, t));
  // Valves swing to their new opening in the first third of their stage, before the contents arrive.
  const swing = (t: number) => Math.min(1, t * 3);

  const kept = step.f.map((f, k) => f * step.cPrev[k]);
  const beltPacketValue = lanesOf(
    update > 0 ? step.c : forget >= fractions.forgetValve ? kept : step.cPrev,
  );
  const tanhC = step.c.map(Math.tanh);
  const hiddenPacketValue = lanesOf(
    output >= fractions.outputValve ? step.h : output >= fractions.tanhNode ? tanhC : step.c,
  );
  const glow = (stage: Stage) => {
    const t = p(stage);
    return atRest || t <= 0 || t >= 1 ? 0 : Math.sin(Math.PI * t);
  };
  const moving = (t: number) => (atRest || t <= 0 || t >= 1 ? null : t);

  return {
    stage: atRest ? null : stageAt(progress),
    fill: {
      beltIn: clamp01(forget / fractions.forgetValve),
      beltKept: clamp01((forget - fractions.forgetValve) / (1 - fractions.forgetValve)),
      candidateLow: clamp01(input / fractions.inputValve),
      candidateHigh: clamp01((input - fractions.inputValve) / (1 - fractions.inputValve)),
      beltOut: clamp01(update),
      tapToTanh: clamp01(output / fractions.tanhNode),
      tanhToValve: clamp01((output - fractions.tanhNode) / (fractions.outputValve - fractions.tanhNode)),
      hiddenOut: clamp01((output - fractions.outputValve) / (1 - fractions.outputValve)),
    },
    opening: {
      forget: tween(previous?.f, step.f, swing(p('forget'))),
      input: tween(previous?.i, step.i, swing(p('input'))),
      output: tween(previous?.o, step.o, swing(p('output'))),
    },
    glow: { forget: glow('forget'), input: glow('input'), candidate: glow('input'), output: glow('output') },
    packets: {
      // The belt packet rides the forget stage up to the + junction, waits there, then rides on with C_t.
      belt: moving(forget) ?? (update > 0 && update < 1 && !atRest ? update : null),
      candidate: moving(input),
      hidden: moving(output),
    },
    beltPacketValue,
    hiddenPacketValue,
  };
}

/** Where along each route its landmarks sit, as fractions of the route, so timing follows the geometry. */
export interface BeltFractions {
  /** forget valve along the belt route during the forget stage (left edge → + junction) */
  forgetValve: number;
  /** input valve along the candidate route */
  inputValve: number;
  /** tanh node and output valve along the hidden route */
  tanhNode: number;
  outputValve: number;
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : Number.isFinite(value) ? value : 0;
}
