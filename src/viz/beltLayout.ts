import type { BeltFractions } from './beltFrame';
import { fractionAt, type Point } from './polyline';
import { portraitBeltLayout } from './beltPortrait';

/** Most lanes the belt draws; with more hidden units the first MAX_LANES are shown and the UI says so. */
export const MAX_LANES = 8;

/** A learned layer's box (the yellow boxes of the classic diagram), by its centre. */
export interface LayerBox {
  cx: number;
  cy: number;
  width: number;
  height: number;
}

/** How the drawing is turned: the wide desktop picture, or drawn for a narrow portrait screen. */
export type BeltOrientation = 'landscape' | 'portrait';

/** A label's anchor in screen coordinates (the viewBox as the reader sees it). */
export interface LabelAnchor {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Where every part of the cell diagram sits. The parts are placed in flow coordinates (x along the
 * belt, y across it); a landscape layout shows them as they are, a portrait one turned so the belt runs
 * top to bottom (screen x = flow y, screen y = flow x). `screen` is the viewBox as the reader sees it.
 */
export interface BeltLayout {
  orientation: BeltOrientation;
  /** size in flow coordinates */
  width: number;
  height: number;
  /** the viewBox's size on screen (width and height swapped when the drawing is turned) */
  screen: { width: number; height: number };
  /** the tanh node's pill: its size along the pipe it sits on and across it */
  tanhPill: { along: number; across: number };
  /** lanes drawn (one per hidden unit, at most MAX_LANES) and the thickness of one */
  lanes: number;
  laneSize: number;
  /** offset of each lane's centre from a pipe's centre line, across the flow */
  laneOffsets: number[];
  /** thickness of a pipe carrying all lanes */
  pipeSize: number;
  cell: { x: number; y: number; width: number; height: number };
  /** the cell-state belt: a horizontal pipe at y from x0 to x1 */
  belt: { y: number; x0: number; x1: number };
  forgetValve: Point;
  plus: Point;
  /** the vertical pipe from the candidate layer up to the + junction, with the input valve on it */
  inputValve: Point;
  /** where a copy of C_t leaves the belt downwards, its tanh node, and the output valve below */
  tap: Point;
  tanhNode: Point;
  outputValve: Point;
  /** the hidden-state pipe: down from the output valve, then right out of the cell */
  hiddenExit: { y: number; x1: number };
  boxes: { forget: LayerBox; input: LayerBox; candidate: LayerBox; output: LayerBox };
  /** the input bus [h_{t-1}, x_t] under the boxes, and where x_t joins it from below */
  bus: { y: number; x0: number; x1: number };
  xEntry: { x: number; y: number };
  /** the dashed path that carries h_t back round to become the next step's h_{t-1} */
  loop: Point[];
  /** screen anchors of the labels a portrait drawing places itself (absent in landscape, whose labels follow the parts) */
  labels?: LstmLabelAnchors;
}

/** The labels a turned drawing places by hand: every quantity's value, the input, the caption and the loop. */
export type LstmLabelId = 'cPrev' | 'f' | 'kept' | 'c' | 'cTilde' | 'written' | 'i' | 'tanhC' | 'o' | 'h' | 'hPrev' | 'x' | 'title' | 'loop';
/** Screen anchors for every label of a portrait LSTM drawing. */
export type LstmLabelAnchors = Record<LstmLabelId, LabelAnchor>;

const WIDTH = 1000;
const HEIGHT = 540;
const BOX = { width: 84, height: 52 };

/** Lays out the cell for a number of hidden units, wide (default) or for portrait; the same input always gives the same layout. Pure. */
export function beltLayout(hiddenUnits: number, orientation: BeltOrientation = 'landscape'): BeltLayout {
  if (orientation === 'portrait') return portraitBeltLayout(hiddenUnits);
  const lanes = Math.max(1, Math.min(hiddenUnits, MAX_LANES));
  // One fat lane reads best for a single unit; several lanes share a pipe no thicker than 96.
  const laneSize = lanes === 1 ? 30 : Math.max(10, Math.min(22, Math.floor(96 / lanes)));
  const pipeSize = lanes * laneSize;
  const laneOffsets = Array.from({ length: lanes }, (_, k) => (k - (lanes - 1) / 2) * laneSize);

  // Several lanes need room for a tag per lane along the vertical pipes: the lower half stretches.
  const stretch = lanes > 1 ? 80 : 0;
  const beltY = 100;
  const boxY = 338 + stretch;
  const box = (cx: number): LayerBox => ({ cx, cy: boxY, ...BOX });
  const boxes = { forget: box(270), input: box(385), candidate: box(500), output: box(640) };
  const tap = { x: 770, y: beltY };
  const hiddenY = 392 + stretch;
  const busY = 440 + stretch;
  const height = HEIGHT + stretch;

  return {
    orientation: 'landscape',
    width: WIDTH,
    height,
    screen: { width: WIDTH, height },
    tanhPill: { along: 30, across: pipeSize + 32 },
    lanes,
    laneSize,
    laneOffsets,
    pipeSize,
    cell: { x: 90, y: 36, width: 830, height: 440 + stretch },
    belt: { y: beltY, x0: 16, x1: WIDTH - 16 },
    forgetValve: { x: boxes.forget.cx, y: beltY },
    plus: { x: boxes.candidate.cx, y: beltY },
    inputValve: { x: boxes.candidate.cx, y: 230 + stretch / 2 },
    tap,
    tanhNode: { x: tap.x, y: 196 + stretch / 4 },
    outputValve: { x: tap.x, y: 290 + stretch / 2 },
    hiddenExit: { y: hiddenY, x1: WIDTH - 16 },
    boxes,
    bus: { y: busY, x0: 16, x1: boxes.output.cx },
    xEntry: { x: 170, y: height - 8 },
    loop: [
      { x: WIDTH - 40, y: hiddenY },
      { x: WIDTH - 40, y: 505 + stretch },
      { x: 40, y: 505 + stretch },
      { x: 40, y: busY },
    ],
  };
}

/** The route of i ⊙ C̃ for the lane at `offset` from the pipe's centre line: up from the candidate layer, through the input valve, into the belt. Pure. */
export function candidateRoute(layout: BeltLayout, offset = 0): Point[] {
  const x = layout.plus.x + offset;
  const { candidate } = layout.boxes;
  return [
    { x, y: candidate.cy - candidate.height / 2 },
    { x, y: layout.belt.y + layout.pipeSize / 2 },
  ];
}

/** The route of h for the lane at `offset` from the pipe's centre line: down from the tap through tanh and the output valve, then out to the right. Pure. */
export function hiddenRoute(layout: BeltLayout, offset = 0): Point[] {
  const x = layout.tap.x + offset;
  // Lanes must not cross at the corner: the leftmost lane going down turns last and runs along the bottom.
  const y = layout.hiddenExit.y - offset;
  return [
    { x, y: layout.belt.y + layout.pipeSize / 2 },
    { x, y },
    { x: layout.hiddenExit.x1, y },
  ];
}

/** The belt's first leg, ridden during the forget stage by the lane at `offset`: from the left edge to the + junction. Pure. */
export function beltForgetLeg(layout: BeltLayout, offset = 0): Point[] {
  const y = layout.belt.y + offset;
  return [
    { x: layout.belt.x0, y },
    { x: layout.plus.x, y },
  ];
}

/** The belt's second leg, ridden during the update stage by the lane at `offset`: from the + junction to the right edge. Pure. */
export function beltUpdateLeg(layout: BeltLayout, offset = 0): Point[] {
  const y = layout.belt.y + offset;
  return [
    { x: layout.plus.x, y },
    { x: layout.belt.x1, y },
  ];
}

/** Where the valves and nodes sit along the routes that pass them, for timing the animation. Pure. */
export function beltFractions(layout: BeltLayout): BeltFractions {
  const hidden = hiddenRoute(layout);
  return {
    forgetValve: fractionAt(beltForgetLeg(layout), 'x', layout.forgetValve.x),
    inputValve: fractionAt(candidateRoute(layout), 'y', layout.inputValve.y),
    tanhNode: fractionAt(hidden, 'y', layout.tanhNode.y),
    outputValve: fractionAt(hidden, 'y', layout.outputValve.y),
  };
}

/**
 * The peephole LSTM's taps, dashed from the belt down into the gates: f and i read C_{t−1} from the belt
 * before the forget valve (one trunk that branches to both boxes), o reads C_t after the + junction. Each
 * ends on its box's top edge, clear of the gate wires (which rise from the boxes' centres). Pure.
 */
export function peepholeTaps(layout: BeltLayout): { forget: Point[]; input: Point[]; output: Point[] } {
  const { forget, input, output } = layout.boxes;
  const top = (box: LayerBox) => box.cy - box.height / 2;
  const beltBottom = layout.belt.y + layout.pipeSize / 2;
  const trunkX = forget.cx - forget.width / 2 - 18;
  const branchY = beltBottom + (top(forget) - beltBottom) * 0.55;
  const forgetX = forget.cx - forget.width / 4;
  const inputX = input.cx - input.width / 4;
  const outputTapX = (layout.plus.x + layout.tap.x) / 2 + 40;
  const outputX = output.cx - output.width / 4;
  const outputY = beltBottom + (top(output) - beltBottom) * 0.45;
  return {
    forget: [{ x: trunkX, y: beltBottom }, { x: trunkX, y: branchY }, { x: forgetX, y: branchY }, { x: forgetX, y: top(forget) }],
    input: [{ x: trunkX, y: beltBottom }, { x: trunkX, y: branchY }, { x: inputX, y: branchY }, { x: inputX, y: top(input) }],
    output: [{ x: outputTapX, y: beltBottom }, { x: outputTapX, y: outputY }, { x: outputX, y: outputY }, { x: outputX, y: top(output) }],
  };
}

/**
 * The coupled LSTM's "1 −" node, where the input box would be, and the wire that feeds it: f leaves the
 * forget box at its right edge and arrives at the node, whose output drives the input valve. Pure.
 */
export function complementNode(layout: BeltLayout): { node: Point; wire: Point[] } {
  const { forget } = layout.boxes;
  // Just right of the forget box, so the input gate's value label above the wire stays clear of it.
  const node = { x: forget.cx + forget.width / 2 + 28, y: layout.inputValve.y };
  const start = { x: forget.cx + forget.width / 2, y: forget.cy };
  return { node, wire: [start, { x: node.x, y: start.y }, { x: node.x, y: node.y + 16 }] };
}
