// Benchmark (d), Node only: the core's LSTM against TensorFlow.js's CPU backend on the same work, at
// three fixed shapes. "forward" runs the cell over the whole sequence and returns every step's h (and,
// for the core, every gate); "forward+backward" also returns the gradients of L = Σ_t dh[t]·h_t with
// respect to every weight, bias, h0 and c0 (the core's gradLstm; tf.grads through tf.basicLSTMCell,
// TF.js's own LSTM cell, for TF.js). Both start from the same numbers (float32-representable).
// Also prints the core's other cells at the same shapes, for scale. Never fails on a missed target.
import { runnerImport } from 'vite';
import { join } from 'node:path';
import { ROOT } from './lib/server.mjs';
import { hostLoad, isMain, median, numberOption, printTable, round, warnIfBusy, writeResult } from './lib/stats.mjs';

const SHAPES = [
  { H: 1, D: 3, T: 5 },
  { H: 32, D: 16, T: 100 },
  { H: 128, D: 64, T: 200 },
];
const TARGETS = { smallest: 10, largest: 1 };

/** mulberry32, float32-rounded uniforms in [−scale, scale]: the same inputs for both sides. */
function random(seed) {
  let a = seed >>> 0;
  return (scale) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.fround((2 * (((t ^ (t >>> 14)) >>> 0) / 4294967296) - 1) * scale);
  };
}

function makeWork({ H, D, T }) {
  const rand = random(H * 1000 + D * 10 + T);
  const scale = 1 / Math.sqrt(H + D);
  const matrix = (rows, cols, s) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => rand(s)));
  const vector = (n, s) => Array.from({ length: n }, () => rand(s));
  const params = {
    Wf: matrix(H, H + D, scale), Wi: matrix(H, H + D, scale), Wc: matrix(H, H + D, scale), Wo: matrix(H, H + D, scale),
    bf: vector(H, 0.5), bi: vector(H, 0.5), bc: vector(H, 0.5), bo: vector(H, 0.5),
  };
  return { params, xs: matrix(T, D, 1), dh: matrix(T, H, 1), init: { h0: vector(H, 0.5), c0: vector(H, 0.5) } };
}

/**
 * Median milliseconds per call. Each sample runs the function enough times to last ≥ 5 ms (so the
 * microsecond-scale small shape is not lost in timer noise); samples continue for `budgetMs`.
 */
function timeCall(fn, budgetMs, minSamples) {
  // Warm up (JIT, caches): three calls, or fewer when one call already takes over a second.
  const warmEnd = performance.now() + 1000;
  for (let k = 0; k < 3 && performance.now() < warmEnd; k++) fn();
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) fn();
    if (performance.now() - start >= 5 || batch >= 1 << 20) break;
    batch *= 2;
  }
  const samples = [];
  const end = performance.now() + budgetMs;
  while (samples.length < minSamples || performance.now() < end) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) fn();
    samples.push((performance.now() - start) / batch);
    if (samples.length >= 400) break;
  }
  return { medianMs: median(samples), samples: samples.length, batch };
}

/** TF.js's parameters: kernel (D + H) × 4H over [x, h] with gate blocks i, j (candidate), f, o. */
function tfjsInputs(tf, { params, xs, dh, init }, H, D) {
  const gates = [params.Wi, params.Wc, params.Wf, params.Wo];
  const kernel = [];
  for (let r = 0; r < D + H; r++) {
    const column = r < D ? H + r : r - D;
    kernel.push(gates.flatMap((W) => W.map((row) => row[column])));
  }
  return {
    kernel: tf.tensor2d(kernel),
    bias: tf.tensor1d([...params.bi, ...params.bc, ...params.bf, ...params.bo]),
    xs: xs.map((x) => tf.tensor2d([x])),
    dh: dh.map((row) => tf.tensor2d([row])),
    h0: tf.tensor2d([init.h0]),
    c0: tf.tensor2d([init.c0]),
    forgetBias: tf.scalar(0),
  };
}

function tfjsForward(tf, inputs) {
  return tf.tidy(() => {
    let c = inputs.c0;
    let h = inputs.h0;
    const hs = [];
    for (const x of inputs.xs) {
      [c, h] = tf.basicLSTMCell(inputs.forgetBias, inputs.kernel, inputs.bias, x, c, h);
      hs.push(h);
    }
    return tf.concat(hs).dataSync();
  });
}

function tfjsForwardBackward(tf, inputs) {
  return tf.tidy(() => {
    const loss = (kernel, bias, h0, c0) => {
      let c = c0;
      let h = h0;
      let total = tf.scalar(0);
      inputs.xs.forEach((x, t) => {
        [c, h] = tf.basicLSTMCell(inputs.forgetBias, kernel, bias, x, c, h);
        total = tf.add(total, tf.sum(tf.mul(h, inputs.dh[t])));
      });
      return total;
    };
    return tf.grads(loss)([inputs.kernel, inputs.bias, inputs.h0, inputs.c0]).map((g) => g.dataSync());
  });
}

/** Times the core and TF.js on the three shapes; prints tables and ratios and returns the result. */
export async function runCoreBenchmark() {
  const budgetMs = numberOption('core-budget-ms', 1500);
  const { module: core } = await runnerImport(join(ROOT, 'src/core/index.ts'));
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-backend-cpu');
  // In Node, tfjs-core alone registers no gradient functions; the layers package registers them all.
  await import('@tensorflow/tfjs-layers');
  // Production mode: TF.js's own advice for speed (it skips debug checks), and it silences its banner.
  tf.enableProdMode();
  await tf.setBackend('cpu');
  await tf.ready();

  const cases = [];
  for (const shape of SHAPES) {
    const { H, D, T } = shape;
    const work = makeWork(shape);
    const inputs = tfjsInputs(tf, work, H, D);
    const before = tf.memory().numTensors;
    // The large shape takes tens of ms per call: fewer samples, same median logic.
    const minSamples = H >= 128 ? 7 : 15;
    const ours = {
      forward: timeCall(() => core.runLstm(work.params, work.xs, work.init), budgetMs, minSamples),
      backward: timeCall(() => core.gradLstm(work.params, work.xs, work.dh, work.init), budgetMs, minSamples),
    };
    const tfjs = {
      forward: timeCall(() => tfjsForward(tf, inputs), budgetMs, minSamples),
      backward: timeCall(() => tfjsForwardBackward(tf, inputs), budgetMs, minSamples),
    };
    const leaked = tf.memory().numTensors - before;
    const gru = { Wz: work.params.Wf, Wr: work.params.Wi, Wh: work.params.Wc, bz: work.params.bf, br: work.params.bi, bh: work.params.bc };
    const rnn = { W: work.params.Wc, b: work.params.bc };
    const others = {
      rnnForward: timeCall(() => core.runSimpleRnn(rnn, work.xs, work.init), budgetMs / 3, 5),
      rnnBackward: timeCall(() => core.gradSimpleRnn(rnn, work.xs, work.dh, work.init), budgetMs / 3, 5),
      gruForward: timeCall(() => core.runGru(gru, work.xs, work.init), budgetMs / 3, 5),
      gruBackward: timeCall(() => core.gradGru(gru, work.xs, work.dh, work.init), budgetMs / 3, 5),
    };
    tf.dispose(Object.values(inputs).flat());
    cases.push({
      shape: `H=${H} D=${D} T=${T}`,
      H, D, T,
      forward: { oursMs: ours.forward.medianMs, tfjsMs: tfjs.forward.medianMs, ratio: tfjs.forward.medianMs / ours.forward.medianMs },
      forwardBackward: { oursMs: ours.backward.medianMs, tfjsMs: tfjs.backward.medianMs, ratio: tfjs.backward.medianMs / ours.backward.medianMs },
      samples: { ours: [ours.forward.samples, ours.backward.samples], tfjs: [tfjs.forward.samples, tfjs.backward.samples] },
      tfjsLeakedTensors: leaked,
      otherCellsMs: Object.fromEntries(Object.entries(others).map(([name, r]) => [name, r.medianMs])),
    });
  }

  const result = { benchmark: 'core', date: new Date().toISOString(), node: process.version, host: hostLoad(), budgetMs, targets: TARGETS, cases };
  const ms = (value) => (value < 0.1 ? round(value * 1000, 2) + ' µs' : round(value, 3) + ' ms');
  const perSecond = (value, T) => Math.round((T / value) * 1000).toLocaleString('en-US');
  console.log(`LSTM core vs TensorFlow.js ${tf.version_core} (cpu backend) in Node ${process.version}: medians per call`);
  printTable(
    ['shape', 'pass', 'core', 'TF.js', 'TF.js / core', 'core steps/s', 'TF.js steps/s'],
    cases.flatMap((c) => [
      [c.shape, 'forward', ms(c.forward.oursMs), ms(c.forward.tfjsMs), `${round(c.forward.ratio, 1)}×`, perSecond(c.forward.oursMs, c.T), perSecond(c.forward.tfjsMs, c.T)],
      ['', 'fwd+bwd', ms(c.forwardBackward.oursMs), ms(c.forwardBackward.tfjsMs), `${round(c.forwardBackward.ratio, 1)}×`, perSecond(c.forwardBackward.oursMs, c.T), perSecond(c.forwardBackward.tfjsMs, c.T)],
    ]),
  );
  const smallest = cases[0];
  const largest = cases[cases.length - 1];
  const verdict = (ratio, target) => `${round(ratio, 1)}× (target ≥ ${target}×: ${ratio >= target ? 'met' : 'MISSED'})`;
  console.log(`smallest shape, core faster by: forward ${verdict(smallest.forward.ratio, TARGETS.smallest)}, fwd+bwd ${verdict(smallest.forwardBackward.ratio, TARGETS.smallest)}`);
  console.log(`largest shape, core faster by: forward ${verdict(largest.forward.ratio, TARGETS.largest)}, fwd+bwd ${verdict(largest.forwardBackward.ratio, TARGETS.largest)}`);
  if (cases.some((c) => c.tfjsLeakedTensors !== 0)) console.log('  ! TF.js tensors leaked during the run: its timings include garbage');
  console.log('');
  console.log('the core\'s other cells at the same shapes (medians per call)');
  printTable(
    ['shape', 'RNN fwd', 'RNN fwd+bwd', 'GRU fwd', 'GRU fwd+bwd'],
    cases.map((c) => [c.shape, ms(c.otherCellsMs.rnnForward), ms(c.otherCellsMs.rnnBackward), ms(c.otherCellsMs.gruForward), ms(c.otherCellsMs.gruBackward)]),
  );
  warnIfBusy(result.host);
  console.log(`→ ${writeResult('core', result)}`);
  return result;
}

if (isMain(import.meta.url)) await runCoreBenchmark();
