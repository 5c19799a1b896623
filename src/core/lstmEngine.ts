import { sigmoid } from './activations';

/**
 * The LSTM family's inner loops on flat float64 buffers: the standard cell, the peephole cell
 * (Gers & Schmidhuber: f and i also see c_{t-1}, o sees c_t, through per-unit weights pf, pi, po) and
 * the coupled cell (i = 1 − f). Inputs arrive validated; results are new buffers, nothing is mutated.
 */

/** Flat LSTM weights: each W is H × (H + D) row-major over [h_{t-1}, x_t], each b has H entries. */
export interface LstmWeights {
  H: number;
  D: number;
  Wf: Float64Array;
  Wi: Float64Array;
  Wc: Float64Array;
  Wo: Float64Array;
  bf: Float64Array;
  bi: Float64Array;
  bc: Float64Array;
  bo: Float64Array;
  /** per-unit peephole weights (f and i see c_{t-1}, o sees c_t), or null for no peepholes */
  peephole: { pf: Float64Array; pi: Float64Array; po: Float64Array } | null;
  /** coupled input and forget gates: i = 1 − f, and Wi, bi are ignored */
  coupled: boolean;
}

/** Every quantity of a forward pass as T × H buffers (row t at offset t·H), plus the inputs it used. */
export interface LstmForward {
  T: number;
  xs: Float64Array;
  h0: Float64Array;
  c0: Float64Array;
  zf: Float64Array;
  zi: Float64Array;
  zc: Float64Array;
  zo: Float64Array;
  f: Float64Array;
  i: Float64Array;
  cTilde: Float64Array;
  o: Float64Array;
  c: Float64Array;
  tanhC: Float64Array;
  h: Float64Array;
}

/** Runs the cell over T flat inputs (T × D) from h0, c0. Returns new buffers; mutates nothing. */
export function lstmForward(w: LstmWeights, xs: Float64Array, T: number, h0: Float64Array, c0: Float64Array): LstmForward {
  const { H, D, Wf, Wi, Wc, Wo, bf, bi, bc, bo, peephole, coupled } = w;
  const size = T * H;
  const run: LstmForward = {
    T, xs, h0, c0,
    zf: new Float64Array(size), zi: new Float64Array(size), zc: new Float64Array(size), zo: new Float64Array(size),
    f: new Float64Array(size), i: new Float64Array(size), cTilde: new Float64Array(size), o: new Float64Array(size),
    c: new Float64Array(size), tanhC: new Float64Array(size), h: new Float64Array(size),
  };
  const width = H + D;
  for (let t = 0; t < T; t++) {
    // h_{t-1} and c_{t-1} are read in place: row t − 1 of the outputs, or the initial state.
    const hPrev = t === 0 ? h0 : run.h;
    const cPrev = t === 0 ? c0 : run.c;
    const prevOffset = t === 0 ? 0 : (t - 1) * H;
    const xOffset = t * D;
    const out = t * H;
    for (let u = 0; u < H; u++) {
      const row = u * width;
      // The four gates share each load of h and x: one pass over the four weight rows.
      let sf = bf[u];
      let si = bi[u];
      let sc = bc[u];
      let so = bo[u];
      for (let k = 0; k < H; k++) {
        const hk = hPrev[prevOffset + k];
        sf += Wf[row + k] * hk;
        si += Wi[row + k] * hk;
        sc += Wc[row + k] * hk;
        so += Wo[row + k] * hk;
      }
      for (let j = 0; j < D; j++) {
        const xj = xs[xOffset + j];
        const col = row + H + j;
        sf += Wf[col] * xj;
        si += Wi[col] * xj;
        sc += Wc[col] * xj;
        so += Wo[col] * xj;
      }
      const cp = cPrev[prevOffset + u];
      if (peephole) {
        sf += peephole.pf[u] * cp;
        si += peephole.pi[u] * cp;
      }
      const fv = sigmoid(sf);
      // σ(−z) is 1 − σ(z) without the cancellation when σ(z) is close to 1.
      const iv = coupled ? sigmoid(-sf) : sigmoid(si);
      const ct = Math.tanh(sc);
      const cv = fv * cp + iv * ct;
      if (peephole) so += peephole.po[u] * cv;
      const ov = sigmoid(so);
      const tc = Math.tanh(cv);
      run.zf[out + u] = sf;
      run.zi[out + u] = coupled ? -sf : si;
      run.zc[out + u] = sc;
      run.zo[out + u] = so;
      run.f[out + u] = fv;
      run.i[out + u] = iv;
      run.cTilde[out + u] = ct;
      run.o[out + u] = ov;
      run.c[out + u] = cv;
      run.tanhC[out + u] = tc;
      run.h[out + u] = ov * tc;
    }
  }
  return run;
}

/** Gradients of L = Σ_t dh[t]·h_t: parameter sums, initial state, and per-step adjoints as T × H (dxs T × D). */
export interface LstmBackward {
  dWf: Float64Array;
  dWi: Float64Array;
  dWc: Float64Array;
  dWo: Float64Array;
  dbf: Float64Array;
  dbi: Float64Array;
  dbc: Float64Array;
  dbo: Float64Array;
  dpf: Float64Array;
  dpi: Float64Array;
  dpo: Float64Array;
  dh0: Float64Array;
  dc0: Float64Array;
  /** ∂L/∂h_t and ∂L/∂c_t, everything from later steps included */
  dhs: Float64Array;
  dcs: Float64Array;
  dxs: Float64Array;
  /** adjoints of the gate activations and pre-activations */
  df: Float64Array;
  di: Float64Array;
  dcTilde: Float64Array;
  do: Float64Array;
  dzf: Float64Array;
  dzi: Float64Array;
  dzc: Float64Array;
  dzo: Float64Array;
}

/**
 * Backpropagation through time for `run` with upstream gradients dh (T × H, flat). Returns new
 * buffers; mutates nothing.
 */
export function lstmBackward(w: LstmWeights, run: LstmForward, dh: Float64Array): LstmBackward {
  const { H, D, peephole, coupled } = w;
  const { T } = run;
  const weights = H * (H + D);
  const size = T * H;
  const g: LstmBackward = {
    dWf: new Float64Array(weights), dWi: new Float64Array(weights),
    dWc: new Float64Array(weights), dWo: new Float64Array(weights),
    dbf: new Float64Array(H), dbi: new Float64Array(H), dbc: new Float64Array(H), dbo: new Float64Array(H),
    dpf: new Float64Array(H), dpi: new Float64Array(H), dpo: new Float64Array(H),
    dh0: new Float64Array(H), dc0: new Float64Array(H),
    dhs: new Float64Array(size), dcs: new Float64Array(size), dxs: new Float64Array(T * D),
    df: new Float64Array(size), di: new Float64Array(size), dcTilde: new Float64Array(size), do: new Float64Array(size),
    dzf: new Float64Array(size), dzi: new Float64Array(size), dzc: new Float64Array(size), dzo: new Float64Array(size),
  };
  // What step t + 1 sends back to h_t (through every gate's W) and to c_t (through f and the peepholes).
  let dhNext = new Float64Array(H);
  let dcNext = new Float64Array(H);
  for (let t = T - 1; t >= 0; t--) {
    const at = t * H;
    const hPrev = t === 0 ? run.h0 : run.h;
    const cPrev = t === 0 ? run.c0 : run.c;
    const prevOffset = t === 0 ? 0 : (t - 1) * H;
    const dcPrev = new Float64Array(H);
    for (let u = 0; u < H; u++) {
      const k = at + u;
      const dhTotal = dh[k] + dhNext[u];
      const ov = run.o[k];
      const tc = run.tanhC[k];
      const fv = run.f[k];
      const iv = run.i[k];
      const ct = run.cTilde[k];
      const cp = cPrev[prevOffset + u];
      const dO = dhTotal * tc;
      const dzo = dO * ov * (1 - ov);
      let dcTotal = dcNext[u] + dhTotal * ov * (1 - tc * tc);
      if (peephole) dcTotal += dzo * peephole.po[u];
      const dF = dcTotal * cp;
      const dI = dcTotal * ct;
      const dCt = dcTotal * iv;
      // Coupled: i = 1 − f, so f's adjoint also carries −∂L/∂i, and σ'(z_f) = f·(1 − f) = f·i.
      const dFTotal = coupled ? dF - dI : dF;
      const dzf = dFTotal * fv * (1 - fv);
      const dzi = coupled ? 0 : dI * iv * (1 - iv);
      const dzc = dCt * (1 - ct * ct);
      g.dhs[k] = dhTotal;
      g.dcs[k] = dcTotal;
      g.df[k] = dFTotal;
      g.di[k] = dI;
      g.dcTilde[k] = dCt;
      g.do[k] = dO;
      g.dzf[k] = dzf;
      g.dzi[k] = dzi;
      g.dzc[k] = dzc;
      g.dzo[k] = dzo;
      dcPrev[u] = dcTotal * fv;
      if (peephole) {
        dcPrev[u] += dzf * peephole.pf[u] + dzi * peephole.pi[u];
        g.dpf[u] += dzf * cp;
        g.dpi[u] += dzi * cp;
        g.dpo[u] += dzo * run.c[k];
      }
    }
    dhNext = new Float64Array(H);
    gatesBackward(w, g, at, hPrev, prevOffset, run.xs, t * D, dhNext);
    dcNext = dcPrev;
  }
  g.dh0.set(dhNext);
  g.dc0.set(dcNext);
  return g;
}

/**
 * Backpropagates the four gates' W·[h, x] + b of one step (pre-activation adjoints at row `at` of
 * g.dz*) in one pass over the weight rows: accumulates g.dW*, g.db*, g.dxs at xOffset and dhPrev.
 * Fusing the gates loads each h_k and x_j once instead of four times. Writes only g and dhPrev.
 */
function gatesBackward(
  w: LstmWeights,
  g: LstmBackward,
  at: number,
  hPrev: Float64Array,
  prevOffset: number,
  xs: Float64Array,
  xOffset: number,
  dhPrev: Float64Array,
): void {
  const { H, D, Wf, Wi, Wc, Wo } = w;
  const { dWf, dWi, dWc, dWo, dxs } = g;
  const width = H + D;
  for (let u = 0; u < H; u++) {
    const gf = g.dzf[at + u];
    const gi = g.dzi[at + u];
    const gc = g.dzc[at + u];
    const go = g.dzo[at + u];
    g.dbf[u] += gf;
    g.dbi[u] += gi;
    g.dbc[u] += gc;
    g.dbo[u] += go;
    const row = u * width;
    for (let k = 0; k < H; k++) {
      const hk = hPrev[prevOffset + k];
      const col = row + k;
      dWf[col] += gf * hk;
      dWi[col] += gi * hk;
      dWc[col] += gc * hk;
      dWo[col] += go * hk;
      dhPrev[k] += Wf[col] * gf + Wi[col] * gi + Wc[col] * gc + Wo[col] * go;
    }
    for (let j = 0; j < D; j++) {
      const xj = xs[xOffset + j];
      const col = row + H + j;
      dWf[col] += gf * xj;
      dWi[col] += gi * xj;
      dWc[col] += gc * xj;
      dWo[col] += go * xj;
      dxs[xOffset + j] += Wf[col] * gf + Wi[col] * gi + Wc[col] * gc + Wo[col] * go;
    }
  }
}
