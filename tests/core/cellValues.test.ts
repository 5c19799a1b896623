/**
 * Forward values of the new cells against numbers worked out independently of the core: each expected
 * value below was computed from the equations in the comments, in double precision, by a separate
 * script in another language, and step 0 is spelled out so it can be checked by hand. Two shapes each:
 * the Alice example (H = 1, D = 3, the seed's weights) and H = 2, D = 1 from a non-zero state, where
 * per-unit peepholes and the reset gate's position actually matter.
 */
import { describe, expect, it } from 'vitest';
import {
  runCoupledLstm,
  runGru,
  runLstm,
  runPeepholeLstm,
  runSimpleRnn,
  type CoupledLstmParams,
  type GruParams,
  type PeepholeLstmParams,
} from '../../src/core';
import { deepFreeze } from './helpers';

const DIGITS = 12;

/** The seed's Alice weights (rows over [h, female, verb, pronoun]) and tokens. */
const alice = deepFreeze({
  Wf: [[0.2, 0.3, -0.1, 0.4]],
  Wi: [[0.5, 0.2, 0.3, -0.2]],
  Wc: [[0.3, 0.1, -0.2, 0.5]],
  Wo: [[0.1, -0.2, 0.4, 0.3]],
  bf: [-0.1],
  bi: [0.3],
  bc: [0.1],
  bo: [-0.2],
});
const aliceXs = deepFreeze([
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 0],
  [1, 0, 1],
  [0, 1, 0],
]);

/** H = 2, D = 1: rows over [h_0, h_1, x]. */
const small = deepFreeze({
  Wf: [[0.4, -0.6, 1.0], [0.3, 0.2, -0.5]],
  Wi: [[-0.2, 0.5, 0.7], [0.6, -0.1, 0.2]],
  Wc: [[0.9, 0.1, -0.4], [-0.3, 0.8, 0.6]],
  Wo: [[0.2, 0.4, -0.3], [-0.5, 0.1, 0.9]],
  bf: [0.1, -0.2],
  bi: [0.0, 0.3],
  bc: [-0.1, 0.2],
  bo: [0.05, -0.15],
});
const smallXs = deepFreeze([[1.0], [-2.0]]);
const smallInit = deepFreeze({ h0: [0.5, -0.25], c0: [1.5, -1.0] });

type Rows = Record<string, number[]>[];

/** Compares the named fields of every step to DIGITS decimals, naming the field and step on failure. */
function expectSteps(actual: readonly object[], expected: Rows): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((row, t) => {
    for (const [field, values] of Object.entries(row)) {
      const got = (actual[t] as Record<string, number[]>)[field];
      values.forEach((value, u) => {
        if (Math.abs(got[u] - value) > 0.5 * 10 ** -DIGITS) expect.fail(`${field}[${u}] at t=${t}: got ${got[u]}, expected ${value}`);
      });
    }
  });
}

describe('runPeepholeLstm (f, i see C_{t-1}; o sees C_t; per-unit weights)', () => {
  it('Alice with pf = 0.5, pi = −0.3, po = 0.8', () => {
    // t = 0 by hand: C_{-1} = 0, so f = σ(0.3 − 0.1) = 0.549834, i = σ(0.5 + 0.3) = 0.622459 and
    // C̃ = tanh(0.1 + 0.1) = 0.197375 are the LSTM's, C_0 = 0.622459 · 0.197375 = 0.122858; but
    // o = σ(−0.2 − 0.2 + 0.8 · 0.122858) = σ(−0.301714) = 0.425139 (the LSTM's is 0.401312),
    // so h_0 = 0.425139 · tanh(0.122858) = 0.051971.
    const params: PeepholeLstmParams = deepFreeze({ ...alice, pf: [0.5], pi: [-0.3], po: [0.8] });
    expectSteps(runPeepholeLstm(params, aliceXs), [
      { f: [0.549833997312478], i: [0.622459331201855], cTilde: [0.197375320224904], o: [0.425138654430635], c: [0.122858109822946], h: [0.0519705112813843] },
      { f: [0.467999589336953], i: [0.643165002707651], cTilde: [-0.08420894940602], o: [0.551780409298403], c: [0.00333729577112147], h: [0.0018414475901437] },
      { f: [0.475528801576258], i: [0.574422846371374], cTilde: [0.100214911011703], o: [0.461950285596742], c: [0.0591527146907432], h: [0.0272937868181216] },
      { f: [0.653630280833036], i: [0.57344019706621], cTilde: [0.609539403111552], o: [0.553120797265837], c: [0.388198400955255], h: [0.204547415205144] },
      { f: [0.508751277095043], i: [0.642404150606803], cTilde: [-0.0386165627380146], o: [0.588702928436158], c: [0.172688992067171], h: [0.100663850491447] },
    ]);
  });

  it('H = 2 from a non-zero state, each unit with its own peephole weights', () => {
    // t = 0, unit 0 by hand: zf = 0.4·0.5 − 0.6·(−0.25) + 1.0·1 + 0.1 + pf_0·C_{-1,0} = 1.45 + 0.7·1.5
    // = 2.5, f = σ(2.5) = 0.924142.
    const params: PeepholeLstmParams = deepFreeze({ ...small, pf: [0.7, -1.2], pi: [0.4, 0.9], po: [-0.6, 1.1] });
    expectSteps(runPeepholeLstm(params, smallXs, smallInit), [
      {
        f: [0.924141819978757, 0.645656306225795], i: [0.745546614126403, 0.481258784121465],
        cTilde: [-0.0748596906874991, 0.421899005250008], o: [0.259563057677382, 0.497031266304133],
        c: [1.33040134104152, -0.442613703937121], h: [0.225650466455064, -0.206669871114861],
      },
      {
        f: [0.319850929827749, 0.79535269283211], i: [0.265747865399671, 0.415252085903347],
        cTilde: [0.707628818145819, -0.843456266149596], o: [0.560776386016336, 0.0543719305124167],
        c: [0.613580953893758, -0.702280975197652], h: [0.30654443636997, -0.0329392553283837],
      },
    ]);
  });

  it('is exactly the LSTM when every peephole weight is zero, and records zf, zi, zo with the peephole terms', () => {
    const zero: PeepholeLstmParams = deepFreeze({ ...small, pf: [0, 0], pi: [0, 0], po: [0, 0] });
    expect(runPeepholeLstm(zero, smallXs, smallInit)).toEqual(runLstm(small, smallXs, smallInit));
    const params: PeepholeLstmParams = deepFreeze({ ...small, pf: [0.7, -1.2], pi: [0.4, 0.9], po: [-0.6, 1.1] });
    const [step] = runPeepholeLstm(params, smallXs, smallInit);
    // zf_0 = 2.5 (above); zo_1 = −0.5·0.5 + 0.1·(−0.25) + 0.9·1 − 0.15 + 1.1·C_0[1].
    expect(step.zf[0]).toBeCloseTo(2.5, 14);
    expect(step.zo[1]).toBeCloseTo(0.475 + 1.1 * step.c[1], 14);
  });
});

describe('runCoupledLstm (i = 1 − f)', () => {
  const coupled = (p: typeof alice | typeof small): CoupledLstmParams =>
    deepFreeze({ Wf: p.Wf, Wc: p.Wc, Wo: p.Wo, bf: p.bf, bc: p.bc, bo: p.bo });

  it('Alice', () => {
    // t = 0 by hand: f = σ(0.2) = 0.549834, i = 1 − f = 0.450166, C̃ = tanh(0.2) = 0.197375,
    // C_0 = 0.450166 · 0.197375 = 0.088852, o = σ(−0.2 − 0.2) = 0.401312, h_0 = 0.401312 · tanh(0.088852) = 0.035564.
    expectSteps(runCoupledLstm(coupled(alice), aliceXs), [
      { f: [0.549833997312478], i: [0.450166002687522], cTilde: [0.197375320224904], o: [0.401312339887548], c: [0.0888516589348147], h: [0.0355637290253486] },
      { f: [0.451927141974296], i: [0.548072858025704], cTilde: [-0.0890940170016975], o: [0.550714101637611], c: [-0.00867553624902528], h: [-0.00477762028979028] },
      { f: [0.474782533420604], i: [0.525217466579396], cTilde: [0.0982487446132309], o: [0.450047751485205], c: [0.0474829636612727], h: [0.0213535553060512] },
      { f: [0.646632768713658], i: [0.353367231286342], cTilde: [0.608418224000134], o: [0.475553347230441], c: [0.2456991035381], h: [0.114547256485464] },
      { f: [0.455842704193223], i: [0.544157295806777], cTilde: [-0.0655417308107302], o: [0.552667583253982], c: [0.0763351327741954], h: [0.0421062000883335] },
    ]);
  });

  it('H = 2 from a non-zero state', () => {
    expectSteps(runCoupledLstm(coupled(small), smallXs, smallInit), [
      {
        f: [0.809998433984687, 0.354343693774205], i: [0.190001566015313, 0.645656306225795],
        cTilde: [-0.0748596906874991, 0.421899005250008], o: [0.437823499114202, 0.616566504521319],
        c: [1.20077419251498, -0.081941940444147], h: [0.365096899867687, -0.0504098808594488],
      },
      {
        f: [0.151393226791456, 0.71083586697756], i: [0.848606773208544, 0.28916413302244],
        cTilde: [0.771306992954885, -0.817706691237349], o: [0.6688205529108, 0.105496651054412],
        c: [0.836325418097379, -0.294698716715735], h: [0.457378187357449, -0.0302199117295893],
      },
    ]);
  });

  it('has no zi, and f + i = 1 even where f saturates', () => {
    const params: CoupledLstmParams = deepFreeze({ ...coupled(small), bf: [40, -40] });
    for (const step of runCoupledLstm(params, smallXs, smallInit)) {
      expect(step).not.toHaveProperty('zi');
      step.f.forEach((f, u) => expect(f + step.i[u]).toBeCloseTo(1, 15));
    }
    // σ(−40) ≈ 4.2e-18 is kept to full relative precision, not rounded to 1 − 1 = 0.
    expect(runCoupledLstm(params, smallXs, smallInit)[0].i[0]).toBeGreaterThan(0);
  });
});

describe('runGru (seed 001: h̃ = tanh(Wh·[r ⊙ h_{t-1}, x_t] + bh), h_t = (1 − z) ⊙ h_{t-1} + z ⊙ h̃)', () => {
  const gru = (p: typeof alice | typeof small): GruParams =>
    deepFreeze({ Wz: p.Wf, Wr: p.Wi, Wh: p.Wc, bz: p.bf, br: p.bi, bh: p.bc });

  it('the Alice sentence (Wz, Wr, Wh = the seed’s Wf, Wi, Wc)', () => {
    // t = 0 by hand: z = σ(0.2) = 0.549834, r = σ(0.8) = 0.622459, h̃ = tanh(0.1 + 0.1) = 0.197375
    // (r ⊙ h_{-1} = 0), h_0 = 0.450166 · 0 + 0.549834 · 0.197375 = 0.108524.
    expectSteps(runGru(gru(alice), aliceXs), [
      { z: [0.549833997312478], r: [0.622459331201855], hTilde: [0.197375320224904], h: [0.108523661290089] },
      { z: [0.45554388940731], r: [0.657970212798025], hTilde: [-0.0784170683543704], h: [0.0233639542192117] },
      { z: [0.476186228508068], r: [0.577295759483082], hTilde: [0.103672535773289], h: [0.0616057947862802] },
      { z: [0.648470107820607], r: [0.581954721311896], hTilde: [0.611150390403895], h: [0.417969037958667] },
      { z: [0.470931268902364], r: [0.691893069247447], hTilde: [-0.013242261718179], h: [0.214898153436812] },
    ]);
  });

  it('H = 2 from a non-zero state, where the reset gate multiplies h_{t-1} before Wh', () => {
    // t = 0, unit 0 by hand: r = σ(−0.2·0.5 + 0.5·(−0.25) + 0.7 + 0) = σ(0.475) = 0.616567, and
    // r ⊙ h_{-1} = [0.308283, −0.173824]; h̃_0 = tanh(0.9·0.308283 + 0.1·(−0.173824) − 0.4 − 0.1) = −0.235427.
    const steps = runGru(gru(small), smallXs, { h0: smallInit.h0 });
    expectSteps(steps, [
      {
        z: [0.809998433984687, 0.354343693774205], r: [0.616566504521319, 0.695296669347565],
        hTilde: [-0.235427259362438, 0.51422422718498], h: [-0.0956949283932251, 0.0207980355324627],
      },
      {
        z: [0.124470861095077, 0.684698900926502], r: [0.202545214192199, 0.460210126045529],
        hTilde: [0.593798372400945, -0.755877984630388], h: [-0.00987310352408753, -0.510991181849011],
      },
    ]);
    // The other convention, r ⊙ (Wh_h · h_{t-1}), gives h_0[0] = −0.094188: measurably different.
    expect(Math.abs(steps[0].h[0] - -0.09418831415459705)).toBeGreaterThan(1e-3);
    steps.forEach((step) => step.resetHPrev.forEach((v, u) => expect(v).toBe(step.r[u] * step.hPrev[u])));
  });

  it('keeps h_{t-1} unchanged where the update gate is shut (z = 0) and takes h̃ where it is fully open', () => {
    const params: GruParams = deepFreeze({ ...gru(small), bz: [-1000, 1000] });
    const [step] = runGru(params, smallXs, { h0: smallInit.h0 });
    expect(step.h[0]).toBe(smallInit.h0[0]);
    expect(step.h[1]).toBe(step.hTilde[1]);
  });
});

describe('runSimpleRnn (h_t = tanh(W·[h_{t-1}, x_t] + b))', () => {
  it('the Alice sentence with the candidate layer as W, b', () => {
    // t = 0 by hand: h_0 = tanh(0.3·0 + 0.1·1 + 0.1) = tanh(0.2) = 0.197375; t = 1:
    // tanh(0.3·0.197375 − 0.2 + 0.1) = tanh(−0.040787) = −0.040765.
    const steps = runSimpleRnn(deepFreeze({ W: alice.Wc, b: alice.bc }), aliceXs);
    expectSteps(steps, [
      { h: [0.197375320224904] },
      { h: [-0.040764800830974] },
      { h: [0.0875458669325645] },
      { h: [0.62077423408115] },
      { h: [0.0860191628876711] },
    ]);
    steps.forEach((step) => expect(step.h[0]).toBe(Math.tanh(step.z[0])));
    expect(steps[1].hPrev).toEqual(steps[0].h);
  });
});
