import type { CellKind } from '../scenario';
import type { BiasName, PeepholeName, WeightName } from './parameters';

/** Every per-step quantity any cell shows; the key is the field of the core's step that holds it. */
export type QuantityKey = 'f' | 'i' | 'cTilde' | 'o' | 'c' | 'h' | 'z' | 'r' | 'hTilde';

/** What a quantity is: a gate in [0, 1], a candidate in (−1, 1), or a state carried to the next step. */
export type QuantityRole = 'gate' | 'candidate' | 'state';

/** A field of a step holding a pre-activation (before σ or tanh). */
export type PreActivationKey = 'zf' | 'zi' | 'zc' | 'zo' | 'zPre' | 'rPre' | 'hTildePre';

/** One per-step quantity of a cell as every panel presents it (names come from the dictionaries by key). */
export interface QuantityDescription {
  key: QuantityKey;
  /** plain-text symbol, e.g. "C̃" */
  symbol: string;
  /** the symbol as TeX, e.g. "\\tilde{C}" */
  tex: string;
  /** the theme's colour for it, a CSS expression */
  color: string;
  role: QuantityRole;
  /** its pre-activation in the step, for the learned layers */
  preActivation?: PreActivationKey;
  /** the squashing function of a learned layer */
  squash?: 'σ' | 'tanh';
  /** the step's previous value, for the states */
  previous?: 'cPrev' | 'hPrev';
  /** a gate that is no layer of its own but 1 − another gate (the coupled LSTM's i) */
  complementOf?: QuantityKey;
}

/** One learned layer: its matrix (rows over [h, features]), its bias, and the quantity it computes. */
export interface LayerDescription {
  weights: WeightName;
  bias: BiasName;
  output: QuantityKey;
  /** the peephole vector that adds pX ⊙ C to this layer's sum, and which cell state it sees */
  peephole?: { name: PeepholeName; sees: 'cPrev' | 'c' };
}

/** A cell for the panels: its layers, its quantities in the order it computes them, and what rides its belt. */
export interface CellDescription {
  kind: CellKind;
  layers: readonly LayerDescription[];
  quantities: readonly QuantityDescription[];
  /** false for the GRU, whose hidden state is its memory */
  hasCellState: boolean;
  /** the quantity carried along the belt from step to step */
  memory: 'c' | 'h';
}

// GRU colours: the update gate decides how much new content is written, like the LSTM's input gate; the
// reset gate decides how much old state gets through, like the forget gate. Each falls back to that
// gate's colour until a theme defines its own.
const UPDATE_COLOR = 'var(--update, var(--input))';
const RESET_COLOR = 'var(--reset, var(--forget))';

const F: QuantityDescription = { key: 'f', symbol: 'f', tex: 'f', color: 'var(--forget)', role: 'gate', preActivation: 'zf', squash: 'σ' };
const I: QuantityDescription = { key: 'i', symbol: 'i', tex: 'i', color: 'var(--input)', role: 'gate', preActivation: 'zi', squash: 'σ' };
const C_TILDE: QuantityDescription = {
  key: 'cTilde', symbol: 'C̃', tex: '\\tilde{C}', color: 'var(--candidate)', role: 'candidate', preActivation: 'zc', squash: 'tanh',
};
const O: QuantityDescription = { key: 'o', symbol: 'o', tex: 'o', color: 'var(--output)', role: 'gate', preActivation: 'zo', squash: 'σ' };
const C: QuantityDescription = { key: 'c', symbol: 'C', tex: 'C', color: 'var(--cell)', role: 'state', previous: 'cPrev' };
const H: QuantityDescription = { key: 'h', symbol: 'h', tex: 'h', color: 'var(--hidden)', role: 'state', previous: 'hPrev' };

const LSTM_LAYERS: readonly LayerDescription[] = [
  { weights: 'Wf', bias: 'bf', output: 'f' },
  { weights: 'Wi', bias: 'bi', output: 'i' },
  { weights: 'Wc', bias: 'bc', output: 'cTilde' },
  { weights: 'Wo', bias: 'bo', output: 'o' },
];

/** The four cells. Shared constants: never mutate them. */
export const CELLS: { readonly [K in CellKind]: CellDescription } = {
  lstm: { kind: 'lstm', layers: LSTM_LAYERS, quantities: [F, I, C_TILDE, O, C, H], hasCellState: true, memory: 'c' },
  peephole: {
    kind: 'peephole',
    layers: [
      { weights: 'Wf', bias: 'bf', output: 'f', peephole: { name: 'pf', sees: 'cPrev' } },
      { weights: 'Wi', bias: 'bi', output: 'i', peephole: { name: 'pi', sees: 'cPrev' } },
      { weights: 'Wc', bias: 'bc', output: 'cTilde' },
      { weights: 'Wo', bias: 'bo', output: 'o', peephole: { name: 'po', sees: 'c' } },
    ],
    quantities: [F, I, C_TILDE, O, C, H],
    hasCellState: true,
    memory: 'c',
  },
  coupled: {
    kind: 'coupled',
    layers: [LSTM_LAYERS[0], LSTM_LAYERS[2], LSTM_LAYERS[3]],
    quantities: [F, { key: 'i', symbol: 'i', tex: 'i', color: 'var(--input)', role: 'gate', complementOf: 'f' }, C_TILDE, O, C, H],
    hasCellState: true,
    memory: 'c',
  },
  gru: {
    kind: 'gru',
    layers: [
      { weights: 'Wz', bias: 'bz', output: 'z' },
      { weights: 'Wr', bias: 'br', output: 'r' },
      { weights: 'Wh', bias: 'bh', output: 'hTilde' },
    ],
    quantities: [
      { key: 'z', symbol: 'z', tex: 'z', color: UPDATE_COLOR, role: 'gate', preActivation: 'zPre', squash: 'σ' },
      { key: 'r', symbol: 'r', tex: 'r', color: RESET_COLOR, role: 'gate', preActivation: 'rPre', squash: 'σ' },
      { key: 'hTilde', symbol: 'h̃', tex: '\\tilde{h}', color: 'var(--candidate)', role: 'candidate', preActivation: 'hTildePre', squash: 'tanh' },
      H,
    ],
    hasCellState: false,
    memory: 'h',
  },
};

/** The quantity of a cell with this key, or undefined when the cell has none. Pure. */
export function quantityOf(kind: CellKind, key: QuantityKey): QuantityDescription | undefined {
  return CELLS[kind].quantities.find((quantity) => quantity.key === key);
}
