/**
 * Plain, unoptimised reference forward passes written separately from the core (nested arrays, one
 * equation per line, the textbook sigmoid), with a hook that nudges any intermediate value. The
 * gradient tests difference these to get ∂L/∂(gate, h_t, c_t …) numerically. Not a test file itself.
 */
import type { NodeNudge } from './gradientCheck';

const sigma = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (row: number[], v: number[]): number => row.reduce((sum, w, k) => sum + w * v[k], 0);

/** Applies `nudge` to `values` when it targets this node at this step; returns the (possibly new) values. */
function nudged(values: number[], node: string, step: number, nudge: NodeNudge | undefined): number[] {
  if (!nudge || nudge.node !== node || nudge.step !== step) return values;
  return values.map((v, u) => (u === nudge.unit ? v + nudge.delta : v));
}

/** Any LSTM variant's parameters, nested arrays; Wi/bi unused when coupled, pf/pi/po only with peepholes. */
export interface ReferenceLstmParams {
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

export interface ReferenceVariant {
  peephole: boolean;
  coupled: boolean;
}

/** The nodes of one LSTM step, in the order they are computed. */
export const LSTM_NODES = ['zf', 'f', 'zi', 'i', 'zc', 'cTilde', 'c', 'zo', 'o', 'h'] as const;
export const COUPLED_LSTM_NODES = ['zf', 'f', 'i', 'zc', 'cTilde', 'c', 'zo', 'o', 'h'] as const;

/**
 * The LSTM (standard, peephole: f, i see c_{t-1} and o sees c_t through per-unit weights; coupled:
 * i = 1 − f) over xs; returns h_t and c_t per step.
 */
export function referenceLstm(
  params: ReferenceLstmParams,
  xs: number[][],
  init: { h0?: number[]; c0?: number[] },
  variant: ReferenceVariant,
  nudge?: NodeNudge,
): { hs: number[][]; cs: number[][] } {
  const H = params.Wf.length;
  let h = init.h0 ? [...init.h0] : new Array<number>(H).fill(0);
  let c = init.c0 ? [...init.c0] : new Array<number>(H).fill(0);
  const hs: number[][] = [];
  const cs: number[][] = [];
  const zeros = new Array<number>(H).fill(0);
  const pf = variant.peephole ? params.pf! : zeros;
  const pi = variant.peephole ? params.pi! : zeros;
  const po = variant.peephole ? params.po! : zeros;
  xs.forEach((x, t) => {
    const hx = [...h, ...x];
    const cPrev = c;
    const zf = nudged(params.Wf.map((row, u) => dot(row, hx) + params.bf[u] + pf[u] * cPrev[u]), 'zf', t, nudge);
    const f = nudged(zf.map(sigma), 'f', t, nudge);
    let i: number[];
    if (variant.coupled) {
      i = nudged(f.map((fu) => 1 - fu), 'i', t, nudge);
    } else {
      const zi = nudged(params.Wi!.map((row, u) => dot(row, hx) + params.bi![u] + pi[u] * cPrev[u]), 'zi', t, nudge);
      i = nudged(zi.map(sigma), 'i', t, nudge);
    }
    const zc = nudged(params.Wc.map((row, u) => dot(row, hx) + params.bc[u]), 'zc', t, nudge);
    const cTilde = nudged(zc.map(Math.tanh), 'cTilde', t, nudge);
    c = nudged(cPrev.map((cp, u) => f[u] * cp + i[u] * cTilde[u]), 'c', t, nudge);
    const zo = nudged(params.Wo.map((row, u) => dot(row, hx) + params.bo[u] + po[u] * c[u]), 'zo', t, nudge);
    const o = nudged(zo.map(sigma), 'o', t, nudge);
    h = nudged(c.map((cu, u) => o[u] * Math.tanh(cu)), 'h', t, nudge);
    hs.push(h);
    cs.push(c);
  });
  return { hs, cs };
}

/** The nodes of one simple-RNN step. */
export const SIMPLE_RNN_NODES = ['z', 'h'] as const;

/** The simple RNN h_t = tanh(W·[h_{t-1}, x_t] + b); returns h_t per step. */
export function referenceSimpleRnn(
  params: { W: number[][]; b: number[] },
  xs: number[][],
  init: { h0?: number[] },
  nudge?: NodeNudge,
): number[][] {
  let h = init.h0 ? [...init.h0] : new Array<number>(params.W.length).fill(0);
  return xs.map((x, t) => {
    const hx = [...h, ...x];
    const z = nudged(params.W.map((row, u) => dot(row, hx) + params.b[u]), 'z', t, nudge);
    h = nudged(z.map(Math.tanh), 'h', t, nudge);
    return h;
  });
}

/** The nodes of one GRU step, in the order they are computed. */
export const GRU_NODES = ['zPre', 'z', 'rPre', 'r', 'resetHPrev', 'hTildePre', 'hTilde', 'h'] as const;

/** Seed 001's GRU (reset gate inside: Wh·[r ⊙ h_{t-1}, x_t]); returns h_t per step. */
export function referenceGru(
  params: { Wz: number[][]; Wr: number[][]; Wh: number[][]; bz: number[]; br: number[]; bh: number[] },
  xs: number[][],
  init: { h0?: number[] },
  nudge?: NodeNudge,
): number[][] {
  let h = init.h0 ? [...init.h0] : new Array<number>(params.Wz.length).fill(0);
  return xs.map((x, t) => {
    const hPrev = h;
    const hx = [...hPrev, ...x];
    const zPre = nudged(params.Wz.map((row, u) => dot(row, hx) + params.bz[u]), 'zPre', t, nudge);
    const z = nudged(zPre.map(sigma), 'z', t, nudge);
    const rPre = nudged(params.Wr.map((row, u) => dot(row, hx) + params.br[u]), 'rPre', t, nudge);
    const r = nudged(rPre.map(sigma), 'r', t, nudge);
    const resetHPrev = nudged(r.map((ru, u) => ru * hPrev[u]), 'resetHPrev', t, nudge);
    const rx = [...resetHPrev, ...x];
    const hTildePre = nudged(params.Wh.map((row, u) => dot(row, rx) + params.bh[u]), 'hTildePre', t, nudge);
    const hTilde = nudged(hTildePre.map(Math.tanh), 'hTilde', t, nudge);
    h = nudged(hPrev.map((hp, u) => (1 - z[u]) * hp + z[u] * hTilde[u]), 'h', t, nudge);
    return h;
  });
}
