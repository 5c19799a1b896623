/**
 * The training core: the readout's loss and the whole classifier's gradient against five-point finite
 * differences (every LSTM weight and bias and the readout's w and b), Adam against its formula, the flat
 * parameter vector, and a trainer that is reproducible bit for bit from its seed.
 */
import { describe, expect, it } from 'vitest';
import {
  ADAM_DEFAULTS,
  adamState,
  adamUpdate,
  binaryCrossEntropy,
  classifierLoss,
  classifierLossAndGradient,
  classifierSize,
  accumulateGradients,
  accumulateSampleGradient,
  createTrainer,
  flatSample,
  flatWeights,
  evaluateClassifier,
  meanForgetByPosition,
  packClassifier,
  seededUniform,
  unpackClassifier,
  type LabelledSequence,
  type SequenceClassifier,
} from '../../src/core/training';
import { centralDifference, expectGradientClose, newTally, reportTally } from './gradientCheck';
import { deepFreeze, mulberry32, randomInt, randomLstmParams, randomMatrix, randomVector } from './helpers';

function randomCase(rand: () => number, H: number, D: number, T: number, scale: number) {
  const model: SequenceClassifier = { lstm: randomLstmParams(rand, H, D, scale), readout: { w: randomVector(rand, H, 2), b: randomVector(rand, 1, 1)[0] } };
  const sample: LabelledSequence = { xs: randomMatrix(rand, T, D, 1), readAt: randomInt(rand, 0, T - 1), target: rand() < 0.5 ? 0 : 1 };
  return deepFreeze({ model, sample });
}

describe('binaryCrossEntropy', () => {
  it('equals −[y ln p + (1 − y) ln(1 − p)] and stays finite where p rounds to 0 or 1', () => {
    for (const z of [-3, -0.5, 0, 0.7, 4]) {
      const p = 1 / (1 + Math.exp(-z));
      expect(binaryCrossEntropy(z, 1)).toBeCloseTo(-Math.log(p), 12);
      expect(binaryCrossEntropy(z, 0)).toBeCloseTo(-Math.log(1 - p), 12);
    }
    expect(binaryCrossEntropy(800, 0)).toBe(800);
    expect(binaryCrossEntropy(-800, 1)).toBe(800);
    expect(binaryCrossEntropy(800, 1)).toBe(0);
  });
});

describe('classifierLossAndGradient matches finite differences', () => {
  const rand = mulberry32(0x7a11);
  const shapes: [number, number, number][] = [[1, 1, 1], [4, 10, 5], [3, 2, 6], [8, 16, 4], [2, 5, 3], [5, 3, 7]];
  it.each(shapes.map((shape, n) => [`H=${shape[0]} D=${shape[1]} T=${shape[2]}`, shape, [0.5, 1, 2][n % 3]] as const))('%s', (label, [H, D, T], scale) => {
    const { model, sample } = randomCase(rand, H, D, T, scale);
    const { loss, grads } = classifierLossAndGradient(model, sample);
    expect(loss).toBeCloseTo(classifierLoss(model, sample), 14);
    // Every parameter, through the flat vector: nudge entry k and difference the loss.
    const flat = packClassifier(model);
    const analytic = new Float64Array(flat.length);
    let k = 0;
    for (const m of [grads.lstm.dWf, grads.lstm.dWi, grads.lstm.dWc, grads.lstm.dWo]) for (const row of m) for (const v of row) analytic[k++] = v;
    for (const v of [grads.lstm.dbf, grads.lstm.dbi, grads.lstm.dbc, grads.lstm.dbo]) for (const x of v) analytic[k++] = x;
    for (const v of grads.readout.dw) analytic[k++] = v;
    analytic[k++] = grads.readout.db;
    expect(k).toBe(classifierSize(H, D));
    const tally = newTally();
    for (let p = 0; p < flat.length; p++) {
      const numeric = centralDifference((delta) => {
        const nudged = Float64Array.from(flat);
        nudged[p] += delta;
        return classifierLoss(unpackClassifier(nudged, H, D), sample);
      });
      expectGradientClose(analytic[p], numeric, `${label} parameter ${p}`, tally);
    }
    reportTally(label, tally);
  });

  it('ignores the steps after readAt (their gradient contribution is zero)', () => {
    const { model, sample } = randomCase(mulberry32(5), 3, 4, 6, 1);
    const cut = { ...sample, readAt: 2, xs: sample.xs.slice(0, 3) };
    const long = { ...sample, readAt: 2 };
    expect(classifierLossAndGradient(model, long)).toEqual(classifierLossAndGradient(model, cut));
  });

  it('names a readAt outside the sentence', () => {
    const { model, sample } = randomCase(mulberry32(6), 2, 2, 3, 1);
    expect(() => classifierLoss(model, { ...sample, readAt: 3 })).toThrow(/readAt/);
  });
});

describe('accumulateSampleGradient (the trainer’s inner loop)', () => {
  it('gives the same loss and gradient as classifierLossAndGradient through gradLstm', () => {
    const rand = mulberry32(0xfa57);
    for (const [H, D, T] of [[1, 1, 1], [4, 10, 5], [3, 2, 6], [8, 16, 4]] as const) {
      const { model, sample } = randomCase(rand, H, D, T, 1);
      const reference = classifierLossAndGradient(model, sample);
      const expected = new Float64Array(classifierSize(H, D));
      accumulateGradients(expected, reference.grads, 0.5);
      const params = packClassifier(model);
      const grad = new Float64Array(params.length);
      const loss = accumulateSampleGradient(params, flatWeights(params, H, D), flatSample(sample, D), grad, 0.5);
      expect(loss).toBeCloseTo(reference.loss, 13);
      grad.forEach((value, k) => expect(Math.abs(value - expected[k])).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected[k]))));
    }
  });

  it('names a sample that does not fit', () => {
    expect(() => flatSample({ xs: [[1, 2]], readAt: 0, target: 1 }, 3, 'trainSet[4]')).toThrow('trainSet[4].xs[0] has 2 features, expected D=3');
    expect(() => flatSample({ xs: [[1, Number.NaN]], readAt: 0, target: 1 }, 2)).toThrow(/finite/);
    expect(() => flatSample({ xs: [[1]], readAt: 1, target: 1 }, 1)).toThrow(/readAt/);
  });
});

describe('adamUpdate', () => {
  it('follows m̂ / (√v̂ + ε) with bias correction, step after step', () => {
    const params = Float64Array.from([1, -2, 0.5]);
    const state = adamState(3);
    const options = { ...ADAM_DEFAULTS, learningRate: 0.1 };
    const grads = [Float64Array.from([0.3, -1, 0]), Float64Array.from([0.1, 2, -0.5])];
    const m = [0, 0, 0];
    const v = [0, 0, 0];
    const expected = [1, -2, 0.5];
    grads.forEach((g, step) => {
      adamUpdate(params, g, state, options);
      const t = step + 1;
      for (let k = 0; k < 3; k++) {
        m[k] = 0.9 * m[k] + 0.1 * g[k];
        v[k] = 0.999 * v[k] + 0.001 * g[k] ** 2;
        expected[k] -= (0.1 * (m[k] / (1 - 0.9 ** t))) / (Math.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8);
      }
      params.forEach((value, k) => expect(value).toBeCloseTo(expected[k], 14));
    });
    expect(state.t).toBe(2);
    // The first step moves every parameter with a non-zero gradient by almost exactly α.
    const fresh = Float64Array.from([0, 0]);
    adamUpdate(fresh, Float64Array.from([5, -0.001]), adamState(2), options);
    expect(fresh[0]).toBeCloseTo(-0.1, 6);
    expect(fresh[1]).toBeCloseTo(0.1, 4);
  });

  it('clamps every parameter to ±clamp', () => {
    const params = Float64Array.from([9.99, -9.99]);
    adamUpdate(params, Float64Array.from([-1, 1]), adamState(2), { ...ADAM_DEFAULTS, learningRate: 1, clamp: 10 });
    expect([...params]).toEqual([10, -10]);
  });
});

describe('the flat parameter vector', () => {
  it('round-trips a classifier exactly', () => {
    const { model } = randomCase(mulberry32(9), 3, 5, 2, 1);
    const flat = packClassifier(model);
    expect(flat.length).toBe(classifierSize(3, 5));
    expect(unpackClassifier(flat, 3, 5)).toEqual(model);
    expect(() => unpackClassifier(flat, 3, 4)).toThrow(/expected/);
  });
});

describe('createTrainer', () => {
  // A toy memory task: the first input's sign, asked for at the last step.
  const rand = mulberry32(42);
  const samples: LabelledSequence[] = deepFreeze(
    Array.from({ length: 64 }, () => {
      const sign = rand() < 0.5 ? 1 : -1;
      return { xs: [[sign, 0], [0, rand() - 0.5], [0, rand() - 0.5]], readAt: 2, target: (sign > 0 ? 1 : 0) as 0 | 1 };
    }),
  );
  const config = { hiddenSize: 2, inputSize: 2, seed: 7, learningRate: 0.05, batchSize: 4, initScale: 0.5, clamp: 10 };

  it('is reproducible bit for bit from its seed, and another seed gives another run', () => {
    const a = createTrainer(config, samples);
    const b = createTrainer(config, samples);
    const c = createTrainer({ ...config, seed: 8 }, samples);
    const lossesA = Array.from({ length: 60 }, () => a.step());
    const lossesB = Array.from({ length: 60 }, () => b.step());
    Array.from({ length: 60 }, () => c.step());
    expect(lossesB).toEqual(lossesA);
    expect(packClassifier(b.model())).toEqual(packClassifier(a.model()));
    expect(packClassifier(c.model())).not.toEqual(packClassifier(a.model()));
    expect(a.steps()).toBe(60);
  });

  it('learns the toy memory task and lowers the loss', () => {
    const trainer = createTrainer(config, samples);
    const before = evaluateClassifier(trainer.model(), samples);
    for (let n = 0; n < 300; n++) trainer.step();
    const after = evaluateClassifier(trainer.model(), samples);
    expect(after.loss).toBeLessThan(before.loss / 4);
    expect(after.accuracy).toBe(1);
  });

  it('reports the mean forget gate at each position', () => {
    const model = createTrainer(config, samples).model();
    const forget = meanForgetByPosition(model, samples);
    expect(forget).toHaveLength(3);
    for (const f of forget) expect(f).toBeGreaterThan(0);
  });

  it('names a bad config', () => {
    expect(() => createTrainer({ ...config, batchSize: 0 }, samples)).toThrow(/batchSize/);
    expect(() => createTrainer({ ...config, learningRate: -1 }, samples)).toThrow(/learningRate/);
    expect(() => createTrainer(config, [])).toThrow(/trainSet/);
  });
});

describe('seededUniform', () => {
  it('gives the same sequence as the model layer’s mulberry32', () => {
    const a = seededUniform(123);
    const b = mulberry32(123);
    for (let n = 0; n < 5; n++) expect(a()).toBe(b());
  });
});
