import type { GruStep } from '../core';
import { MAX_LANES, type LayerBox } from './beltLayout';
import { fractionAt, type Point } from './polyline';
import { easedStageProgress, lerp, stageAt, stageProgress, type Stage } from './stepTimeline';

/**
 * The GRU drawn as a belt on which h itself rides: h_{t−1} enters on the left, the keep valve lets
 * (1 − z) of it through, the + junction adds z ⊙ h̃ from the candidate riser, and h_t leaves on the right.
 * A pipe taps h_{t−1} off the belt and carries it through the reset valve r into the candidate layer.
 */
export interface GruBeltLayout {
  width: number;
  height: number;
  lanes: number;
  laneSize: number;
  laneOffsets: number[];
  pipeSize: number;
  cell: { x: number; y: number; width: number; height: number };
  belt: { y: number; x0: number; x1: number };
  keepValve: Point;
  plus: Point;
  /** where h_{t−1} leaves the belt for the reset pipe */
  resetTap: Point;
  resetValve: Point;
  writeValve: Point;
  /** the "1 −" node between the update layer and the keep valve */
  complement: Point;
  boxes: { update: LayerBox; reset: LayerBox; candidate: LayerBox };
  bus: { y: number; x0: number; x1: number };
  xEntry: { x: number; y: number };
  loop: Point[];
}

const WIDTH = 1000;
const BOX = { width: 84, height: 52 };

/** Lays out the GRU for a number of hidden units (at most MAX_LANES lanes); same input, same layout. Pure. */
export function gruBeltLayout(hiddenUnits: number): GruBeltLayout {
  const lanes = Math.max(1, Math.min(hiddenUnits, MAX_LANES));
  const laneSize = lanes === 1 ? 30 : Math.max(10, Math.min(22, Math.floor(96 / lanes)));
  const pipeSize = lanes * laneSize;
  const laneOffsets = Array.from({ length: lanes }, (_, k) => (k - (lanes - 1) / 2) * laneSize);
  const stretch = lanes > 1 ? 80 : 0;
  const beltY = 100;
  const boxY = 338 + stretch;
  const box = (cx: number): LayerBox => ({ cx, cy: boxY, ...BOX });
  const boxes = { reset: box(300), candidate: box(580), update: box(740) };
  const resetY = 252 + stretch / 2;
  const busY = 440 + stretch;
  const height = 540 + stretch;
  return {
    width: WIDTH,
    height,
    lanes,
    laneSize,
    laneOffsets,
    pipeSize,
    cell: { x: 90, y: 36, width: 830, height: 440 + stretch },
    belt: { y: beltY, x0: 16, x1: WIDTH - 16 },
    keepValve: { x: 420, y: beltY },
    plus: { x: boxes.candidate.cx, y: beltY },
    resetTap: { x: 170, y: beltY },
    resetValve: { x: boxes.reset.cx, y: resetY },
    writeValve: { x: boxes.candidate.cx, y: 200 + stretch / 4 },
    complement: { x: 420, y: 176 + stretch / 4 },
    boxes,
    bus: { y: busY, x0: 16, x1: boxes.update.cx },
    xEntry: { x: 200, y: height - 8 },
    loop: [
      { x: WIDTH - 40, y: beltY },
      { x: WIDTH - 40, y: 505 + stretch },
      { x: 40, y: 505 + stretch },
      { x: 40, y: busY },
    ],
  };
}

/** The belt up to the + junction for the lane at `offset`: h_{t−1}, then (1 − z) ⊙ h_{t−1} past the keep valve. Pure. */
export function gruBeltIn(layout: GruBeltLayout, offset = 0): Point[] {
  const y = layout.belt.y + offset;
  return [
    { x: layout.belt.x0, y },
    { x: layout.plus.x, y },
  ];
}

/** The belt after the + junction for the lane at `offset`: h_t out to the right edge. Pure. */
export function gruBeltOut(layout: GruBeltLayout, offset = 0): Point[] {
  const y = layout.belt.y + offset;
  return [
    { x: layout.plus.x, y },
    { x: layout.belt.x1, y },
  ];
}

/** The reset pipe for the lane at `offset`: down from the belt, along through the reset valve, into the candidate box's left side. Pure. */
export function gruResetRoute(layout: GruBeltLayout, offset = 0): Point[] {
  const { candidate } = layout.boxes;
  const x0 = layout.resetTap.x + offset;
  const y = layout.resetValve.y + offset;
  const xTurn = candidate.cx - candidate.width / 2 - 40 - offset;
  return [
    { x: x0, y: layout.belt.y + layout.pipeSize / 2 },
    { x: x0, y },
    { x: xTurn, y },
    { x: xTurn, y: candidate.cy },
    { x: candidate.cx - candidate.width / 2, y: candidate.cy },
  ];
}

/** The candidate riser for the lane at `offset`: up from the candidate layer through the write valve into the + junction. Pure. */
export function gruCandidateRoute(layout: GruBeltLayout, offset = 0): Point[] {
  const x = layout.plus.x + offset;
  const { candidate } = layout.boxes;
  return [
    { x, y: candidate.cy - candidate.height / 2 },
    { x, y: layout.belt.y + layout.pipeSize / 2 },
  ];
}

/** Where the valves sit along the routes that pass them, as fractions, so the timing follows the geometry. */
export interface GruBeltFractions {
  keepValve: number;
  resetValve: number;
  writeValve: number;
}

/** The fractions of a layout. Pure. */
export function gruBeltFractions(layout: GruBeltLayout): GruBeltFractions {
  return {
    keepValve: fractionAt(gruBeltIn(layout), 'x', layout.keepValve.x),
    resetValve: fractionAt(gruResetRoute(layout), 'x', layout.resetValve.x),
    writeValve: fractionAt(gruCandidateRoute(layout), 'y', layout.writeValve.y),
  };
}

/** Parts of the GRU drawing that fill with colour as the step's contents flow through them. */
export type GruSegmentId = 'beltIn' | 'beltKept' | 'resetLow' | 'resetHigh' | 'candidateLow' | 'candidateHigh' | 'beltOut';

/** Everything that changes while a GRU step plays, per lane: a pure function of (step, previous, progress). */
export interface GruBeltFrame {
  stage: Stage | null;
  fill: Record<GruSegmentId, number>;
  /** valve openings per lane: keep = 1 − z, write = z, reset = r */
  opening: { keep: number[]; write: number[]; reset: number[] };
  glow: { update: number; reset: number; candidate: number };
  /** progress of the moving packets: on the belt, on the reset pipe, on the riser; null when still */
  packets: { belt: number | null; reset: number | null; candidate: number | null };
  /** what the belt packet carries: h_{t−1}, then (1 − z) ⊙ h_{t−1}, then h_t */
  beltPacketValue: number[];
}

const lanesOf = (values: number[]) => values.slice(0, MAX_LANES);

/**
 * The GRU's stages on the shared step clock: first the gates (z and r open, h_{t−1} rides to the keep
 * valve), then the reset (r ⊙ h_{t−1} flows into the candidate layer and h̃ rises through the write
 * valve), then the update (h_t = (1 − z) ⊙ h_{t−1} + z ⊙ h̃ leaves the + junction), then a pause as h_t
 * goes round to the next word. At progress 1 this is the resting picture. Pure.
 */
export function gruBeltFrame(step: GruStep, previous: GruStep | null, progress: number, fractions: GruBeltFractions): GruBeltFrame {
  const atRest = progress >= 1;
  const p = (stage: Stage) => (atRest ? 1 : stageProgress(progress, stage));
  const eased = (stage: Stage) => (atRest ? 1 : easedStageProgress(progress, stage));
  const gates = eased('forget');
  const candidate = eased('input');
  const update = eased('update');
  const swing = (t: number) => Math.min(1, t * 3);
  const tween = (from: number[] | undefined, to: number[], t: number) => lanesOf(to).map((value, k) => lerp(from?.[k] ?? value, value, t));
  const keepOf = (z: number[]) => z.map((value) => 1 - value);
  const kept = step.z.map((z, k) => (1 - z) * step.hPrev[k]);
  const glow = (stage: Stage) => {
    const t = p(stage);
    return atRest || t <= 0 || t >= 1 ? 0 : Math.sin(Math.PI * t);
  };
  const moving = (t: number) => (atRest || t <= 0 || t >= 1 ? null : t);
  // The reset pipe fills in the first half of the candidate stage, the riser in the second.
  const resetPart = clamp01(candidate * 2);
  const riserPart = clamp01(candidate * 2 - 1);
  return {
    stage: atRest ? null : stageAt(progress),
    fill: {
      beltIn: clamp01(gates / fractions.keepValve),
      beltKept: clamp01((gates - fractions.keepValve) / (1 - fractions.keepValve)),
      resetLow: clamp01(resetPart / fractions.resetValve),
      resetHigh: clamp01((resetPart - fractions.resetValve) / (1 - fractions.resetValve)),
      candidateLow: clamp01(riserPart / fractions.writeValve),
      candidateHigh: clamp01((riserPart - fractions.writeValve) / (1 - fractions.writeValve)),
      beltOut: clamp01(update),
    },
    opening: {
      keep: tween(previous ? keepOf(previous.z) : undefined, keepOf(step.z), swing(p('forget'))),
      write: tween(previous?.z, step.z, swing(p('input'))),
      reset: tween(previous?.r, step.r, swing(p('forget'))),
    },
    glow: { update: glow('forget'), reset: glow('forget'), candidate: glow('input') },
    packets: {
      belt: moving(gates) ?? (update > 0 && update < 1 && !atRest ? update : null),
      reset: moving(resetPart) === null || atRest ? null : resetPart,
      candidate: riserPart > 0 && riserPart < 1 && !atRest ? riserPart : null,
    },
    beltPacketValue: lanesOf(update > 0 ? step.h : gates >= fractions.keepValve ? kept : step.hPrev),
  };
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : Number.isFinite(value) ? value : 0;
}
