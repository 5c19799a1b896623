/** A vertical band of the unrolled drawing: top edge and height in CSS pixels. */
export interface Band {
  top: number;
  height: number;
}

/** Geometry of the unrolled view: one column per word, bands stacked top to bottom. */
export interface ChainLayout {
  width: number;
  height: number;
  /** width of the row labels on the left */
  labelWidth: number;
  /** width of one word's column */
  step: number;
  /** whether values fit as text inside the strips */
  valuesFit: boolean;
  words: Band;
  lstm: Band;
  cellStrip: Band;
  hiddenStrip: Band;
  rnn: Band;
  rnnStrip: Band;
  plot: Band;
  arrow: Band;
  /** centre x of word t's column */
  x: (t: number) => number;
}

const LABEL_WIDTH = 100;
/** Room on the right for the names of the lines (C, h) where they leave the last copy. */
const RIGHT_ROOM = 28;
const MIN_STEP = 16;
const MAX_STEP = 200;
/** Room a value such as "−4.90 × 10⁻⁴" needs inside a strip. */
const VALUE_ROOM = 96;

/**
 * Lays out `count` word columns in `available` pixels: as wide as the room allows (up to MAX_STEP),
 * never narrower than MIN_STEP — a long sentence then scrolls sideways instead. Without `hiddenStrip`
 * (the GRU, whose h is its belt) that band has no height. Pure.
 */
export function chainLayout(count: number, available: number, hiddenStrip = true): ChainLayout {
  const columns = Math.max(count, 1);
  const step = Math.min(MAX_STEP, Math.max(MIN_STEP, (available - LABEL_WIDTH - RIGHT_ROOM) / columns));
  const stack: [keyof Pick<ChainLayout, 'words' | 'lstm' | 'cellStrip' | 'hiddenStrip' | 'rnn' | 'rnnStrip' | 'plot' | 'arrow'>, number, number][] = [
    ['words', 24, 4],
    ['lstm', 50, 6],
    ['cellStrip', 22, hiddenStrip ? 3 : 14],
    ['hiddenStrip', hiddenStrip ? 22 : 0, hiddenStrip ? 14 : 0],
    ['rnn', 40, 6],
    ['rnnStrip', 22, 36],
    ['plot', 170, 34],
    ['arrow', 22, 4],
  ];
  let top = 4;
  const bands = {} as Record<(typeof stack)[number][0], Band>;
  for (const [name, height, after] of stack) {
    bands[name] = { top, height };
    top += height + after;
  }
  return {
    width: Math.ceil(LABEL_WIDTH + columns * step + RIGHT_ROOM),
    height: Math.ceil(top),
    labelWidth: LABEL_WIDTH,
    step,
    valuesFit: step >= VALUE_ROOM,
    ...bands,
    x: (t: number) => LABEL_WIDTH + (t + 0.5) * step,
  };
}

/** An SVG path through the points, lifting the pen at each null (a value that cannot be drawn). Pure. */
export function brokenLinePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let path = '';
  let penDown = false;
  for (const point of points) {
    if (!point) {
      penDown = false;
      continue;
    }
    path += `${penDown ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
    penDown = true;
  }
  return path;
}

/** Approximate width of a word label in pixels (12 px text), for deciding which labels fit. */
function labelWidth(text: string): number {
  return text.length * 7 + 4;
}

/**
 * Which words get a label above their column without two labels overlapping: the `first` ones (the
 * marked words) always, then the others from left to right wherever they fit; long words are cut to
 * `maxCharacters` with an ellipsis. Returns [index, text] pairs. Pure.
 */
export function wordLabels(tokens: readonly string[], x: (step: number) => number, first: readonly number[], maxCharacters = 12): [number, string][] {
  const taken: [number, number][] = [];
  const chosen = new Map<number, string>();
  const fits = (from: number, to: number) => taken.every(([start, end]) => to <= start || from >= end);
  const consider = (step: number, force: boolean) => {
    if (step < 0 || step >= tokens.length || chosen.has(step)) return;
    const token = tokens[step];
    const text = token.length > maxCharacters ? `${token.slice(0, maxCharacters - 1)}…` : token;
    const half = labelWidth(text) / 2;
    if (!force && !fits(x(step) - half, x(step) + half)) return;
    taken.push([x(step) - half, x(step) + half]);
    chosen.set(step, text);
  };
  first.forEach((step) => consider(step, true));
  tokens.forEach((_, step) => consider(step, false));
  return [...chosen.entries()].sort((a, b) => a[0] - b[0]);
}
