import { MAX_LANES, type BeltLayout, type LayerBox, type LstmLabelAnchors } from './beltLayout';

/** The portrait drawing's size on screen: narrow enough that its labels stay ≥ 12 px on a 320 px phone column. */
export const PORTRAIT_SCREEN = { width: 410, height: 780 } as const;

/** Lanes of a portrait pipe: one fat lane for a single unit, otherwise a pipe no thicker than 42. Pure. */
export function portraitLanes(hiddenUnits: number): { lanes: number; laneSize: number } {
  const lanes = Math.max(1, Math.min(hiddenUnits, MAX_LANES));
  return { lanes, laneSize: lanes === 1 ? 30 : Math.max(5, Math.min(14, Math.floor(42 / lanes))) };
}

/**
 * The LSTM drawn for a portrait screen: the belt runs down the left edge, the forget valve, the + junction
 * and the tap leave it to the right, the four layers stand in a column with the input bus beside them, and
 * every value has its own row. Placed in flow coordinates (x along the belt, y across it) like the wide
 * drawing, so the same routes and timing apply; the screen shows it turned. Pure.
 */
export function portraitBeltLayout(hiddenUnits: number): BeltLayout {
  const { lanes, laneSize } = portraitLanes(hiddenUnits);
  const pipeSize = lanes * laneSize;
  const laneOffsets = Array.from({ length: lanes }, (_, k) => (k - (lanes - 1) / 2) * laneSize);
  const width = PORTRAIT_SCREEN.height;
  const height = PORTRAIT_SCREEN.width;
  const beltY = 40;
  const box = (cx: number): LayerBox => ({ cx, cy: 298, width: 56, height: 104 });
  const boxes = { forget: box(140), input: box(240), candidate: box(320), output: box(420) };
  const tap = { x: 490, y: beltY };
  const hiddenY = 285;
  const busY = 364;
  const loopY = 388;
  return {
    orientation: 'portrait',
    width,
    height,
    screen: { ...PORTRAIT_SCREEN },
    tanhPill: { along: 50, across: pipeSize + 20 },
    lanes,
    laneSize,
    laneOffsets,
    pipeSize,
    cell: { x: 100, y: 20, width: 600, height: 362 },
    belt: { y: beltY, x0: 62, x1: 730 },
    forgetValve: { x: boxes.forget.cx, y: beltY },
    plus: { x: boxes.candidate.cx, y: beltY },
    inputValve: { x: boxes.candidate.cx, y: 165 },
    tap,
    tanhNode: { x: tap.x, y: 150 },
    outputValve: { x: tap.x, y: 215 },
    hiddenExit: { y: hiddenY, x1: 730 },
    boxes,
    bus: { y: busY, x0: 38, x1: boxes.output.cx },
    xEntry: { x: 90, y: 406 },
    loop: [
      { x: 720, y: hiddenY },
      { x: 720, y: loopY },
      { x: 62, y: loopY },
      { x: 62, y: busY },
    ],
    labels: portraitLabels(pipeSize),
  };
}

/** Where each label sits on the portrait screen: a column right of the belt, the rest beside their parts. */
function portraitLabels(pipeSize: number): LstmLabelAnchors {
  const half = pipeSize / 2;
  const column = 40 + half + 12;
  const start = (x: number, y: number) => ({ x, y, anchor: 'start' as const });
  return {
    x: { x: 404, y: 22, anchor: 'end' },
    hPrev: { x: 404, y: 48, anchor: 'end' },
    cPrev: start(column, 92),
    f: start(40 + half + 40, 128),
    kept: start(column, 200),
    i: start(182, 284),
    written: start(column, 320 + half + 22),
    cTilde: start(248, 320 + half + 44),
    o: start(232, 490 - half - 8),
    tanhC: start(column, 490 + half + 30),
    c: start(column, 590),
    h: { x: 285 - half - 10, y: 630, anchor: 'end' },
    title: start(column, 684),
    loop: { x: 205, y: 766, anchor: 'middle' },
  };
}
