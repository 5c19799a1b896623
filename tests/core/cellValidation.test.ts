/**
 * Shape and value errors of the simple RNN, the GRU, the LSTM variants and every gradient: each throws
 * an Error whose message names the offending parameter, in runLstm's words. Also: outputs never alias
 * inputs, and deep-frozen inputs go through every function untouched.
 */
import { describe, expect, it } from 'vitest';
import {
  gradCoupledLstm,
  gradGru,
  gradLstm,
  gradPeepholeLstm,
  gradSimpleRnn,
  runCoupledLstm,
  runGru,
  runLstm,
  runPeepholeLstm,
  runSimpleRnn,
  simpleRnnJacobians,
  type GruParams,
  type LstmParams,
} from '../../src/core';
import { deepFreeze } from './helpers';

/** H = 1, D = 3: rows of 4 columns. */
const row = (): number[] => [0.1, -0.2, 0.3, 0.4];
const lstm = (): LstmParams => ({ Wf: [row()], Wi: [row()], Wc: [row()], Wo: [row()], bf: [0.1], bi: [0.2], bc: [0.3], bo: [0.4] });
const gru = (): GruParams => ({ Wz: [row()], Wr: [row()], Wh: [row()], bz: [0.1], br: [0.2], bh: [0.3] });
const rnn = (): { W: number[][]; b: number[] } => ({ W: [row()], b: [0.1] });
const peephole = () => ({ ...lstm(), pf: [0.5], pi: [-0.5], po: [0.25] });
const coupled = () => {
  const { Wi, bi, ...rest } = lstm();
  return rest;
};
const xs = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];
const dh = [[1], [0.5], [-1]];

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  return expect.fail('expected an Error to be thrown');
}

/** Calls run and grad of one cell with given params/xs/init (and the default dh) for the same error. */
const cells = {
  simpleRnn: {
    params: rnn,
    run: (p: unknown, x: unknown, init?: unknown) => runSimpleRnn(p as never, x as never, init as never),
    grad: (p: unknown, x: unknown, d: unknown, init?: unknown) => gradSimpleRnn(p as never, x as never, d as never, init as never),
  },
  gru: {
    params: gru,
    run: (p: unknown, x: unknown, init?: unknown) => runGru(p as never, x as never, init as never),
    grad: (p: unknown, x: unknown, d: unknown, init?: unknown) => gradGru(p as never, x as never, d as never, init as never),
  },
  lstm: {
    params: lstm,
    run: (p: unknown, x: unknown, init?: unknown) => runLstm(p as never, x as never, init as never),
    grad: (p: unknown, x: unknown, d: unknown, init?: unknown) => gradLstm(p as never, x as never, d as never, init as never),
  },
  peephole: {
    params: peephole,
    run: (p: unknown, x: unknown, init?: unknown) => runPeepholeLstm(p as never, x as never, init as never),
    grad: (p: unknown, x: unknown, d: unknown, init?: unknown) => gradPeepholeLstm(p as never, x as never, d as never, init as never),
  },
  coupled: {
    params: coupled,
    run: (p: unknown, x: unknown, init?: unknown) => runCoupledLstm(p as never, x as never, init as never),
    grad: (p: unknown, x: unknown, d: unknown, init?: unknown) => gradCoupledLstm(p as never, x as never, d as never, init as never),
  },
} as const;

type CellName = keyof typeof cells;
const names = Object.keys(cells) as CellName[];

/** The same message from the forward function and the gradient. */
function sameError(cell: CellName, params: unknown, x: unknown = xs, init?: unknown): string {
  const { run, grad } = cells[cell];
  const message = errorOf(() => run(params, x, init));
  expect(errorOf(() => grad(params, x, dh, init))).toBe(message);
  return message;
}

describe('weights and biases are named', () => {
  it.each([
    ['simpleRnn', 'W'],
    ['gru', 'Wz'],
    ['gru', 'Wr'],
    ['gru', 'Wh'],
    ['peephole', 'Wo'],
    ['coupled', 'Wc'],
  ] as const)('%s: a row of %s with the wrong length', (cell, name) => {
    const params = { ...cells[cell].params(), [name]: [[0.1, 0.2, 0.3, 0.4, 0.5]] };
    // D comes from the inputs; the matrices then disagree among themselves, so the odd one is named.
    // The simple RNN has one matrix: when it is consistent in itself, the input is the odd one out.
    const expected = cell === 'simpleRnn' ? 'x[0] has 3 entries, expected 4' : `${name} row 0 has 5 columns, expected 4 (H=1 + D=3)`;
    expect(sameError(cell, params)).toBe(expected);
  });

  it.each([
    ['simpleRnn', 'b'],
    ['gru', 'bz'],
    ['gru', 'bh'],
    ['peephole', 'pf'],
    ['peephole', 'po'],
    ['coupled', 'bo'],
  ] as const)('%s: vector %s of the wrong length, missing, or not finite', (cell, name) => {
    const base = cells[cell].params();
    expect(sameError(cell, { ...base, [name]: [1, 2] })).toBe(`${name} has 2 entries, expected 1`);
    expect(sameError(cell, { ...base, [name]: undefined })).toBe(`${name} must be an array of 1 numbers`);
    expect(sameError(cell, { ...base, [name]: [Infinity] })).toBe(`${name}[0] is not a finite number (Infinity)`);
  });

  it('a matrix with the wrong number of rows, and a non-finite weight', () => {
    expect(sameError('gru', { ...gru(), Wh: [row(), row()] })).toBe('Wh has 2 rows, expected 1 (H=1)');
    expect(sameError('simpleRnn', { W: [[0.1, NaN, 0.3, 0.4]], b: [0] })).toBe('W[0][1] is not a finite number (NaN)');
    expect(sameError('coupled', { ...coupled(), Wf: [['0.1', 0, 0, 0]] })).toBe('Wf[0][0] must be a number, got string');
  });

  it('an empty first matrix, params that are not an object', () => {
    expect(sameError('gru', { ...gru(), Wz: [] })).toMatch(/^Wz must have at least one row/);
    for (const cell of names) expect(sameError(cell, null)).toBe('params must be an object');
  });

  it('with no inputs, D is read from the weights and the parameters are still checked', () => {
    expect(errorOf(() => runGru({ ...gru(), Wz: [[1], [1]] }, []))).toBe('Wz row 0 has 1 columns, expected at least H=2');
    expect(errorOf(() => runSimpleRnn({ W: [[1], [1]], b: [0, 0] }, []))).toBe('W row 0 has 1 columns, expected at least H=2');
    expect(errorOf(() => runGru({ ...gru(), bh: [1, 2] }, []))).toBe('bh has 2 entries, expected 1');
  });
});

describe('inputs, initial state and upstream gradients are named', () => {
  it.each(names)('%s: x[t], xs, h0 and init', (cell) => {
    const params = cells[cell].params();
    expect(sameError(cell, params, [[1, 0, 0], [0, 1]])).toBe('x[1] has 2 entries, expected 3');
    expect(sameError(cell, params, [[1, 0]])).toBe('x[0] has 2 entries, expected 3');
    expect(sameError(cell, params, [[1, NaN, 0]])).toBe('x[0][1] is not a finite number (NaN)');
    expect(sameError(cell, params, 'abc')).toMatch(/^xs\b/);
    expect(sameError(cell, params, xs, { h0: [0, 0] })).toBe('h0 has 2 entries, expected 1');
    if (cell !== 'lstm') expect(sameError(cell, params, xs, 5)).toBe('init must be an object');
  });

  it.each(['lstm', 'peephole', 'coupled'] as const)('%s: c0', (cell) => {
    expect(sameError(cell, cells[cell].params(), xs, { c0: [NaN] })).toBe('c0[0] is not a finite number (NaN)');
  });

  it.each(names)('%s: dh must have one H-vector per step', (cell) => {
    const { params, grad } = cells[cell];
    expect(errorOf(() => grad(params(), xs, 'dh'))).toBe('dh must be an array of 3 vectors (one per step)');
    expect(errorOf(() => grad(params(), xs, [[1], [2]]))).toBe('dh has 2 vectors, expected 3 (one per step)');
    expect(errorOf(() => grad(params(), xs, [[1], [2, 3], [4]]))).toBe('dh[1] has 2 entries, expected 1');
    expect(errorOf(() => grad(params(), xs, [[1], [2], [NaN]]))).toBe('dh[2][0] is not a finite number (NaN)');
  });

  it('the Jacobian helpers name the step field that does not fit', () => {
    const steps = runSimpleRnn(rnn(), xs);
    const broken = steps.map((step, t) => (t === 1 ? { ...step, h: [0, 0] } : step));
    expect(errorOf(() => simpleRnnJacobians(rnn(), broken))).toBe('steps[1].h has 2 entries, expected 1');
  });
});

describe('empty sequences and purity', () => {
  it.each(names)('%s: [] in, [] out (and zero gradients)', (cell) => {
    const { params, run, grad } = cells[cell];
    expect(run(params(), [])).toEqual([]);
    const grads = grad(params(), [], []) as unknown as Record<string, unknown>;
    expect(grads.dhs).toEqual([]);
    expect(grads.dh0).toEqual([0]);
  });

  it.each(names)('%s: deep-frozen inputs pass untouched, and no output array is an input array', (cell) => {
    const { params, run, grad } = cells[cell];
    const p = deepFreeze(params());
    const x = deepFreeze(xs.map((v) => [...v]));
    const init = deepFreeze({ h0: [0.5], c0: [-0.5] });
    const d = deepFreeze(dh.map((v) => [...v]));
    const snapshot = JSON.stringify([p, x, init, d]);
    const steps = run(p, x, init) as unknown as { x: number[]; hPrev: number[] }[];
    grad(p, x, d, init);
    expect(JSON.stringify([p, x, init, d])).toBe(snapshot);
    steps.forEach((step, t) => expect(step.x).not.toBe(x[t]));
    expect(steps[0].hPrev).not.toBe(init.h0);
    expect(steps[0].hPrev).toEqual(init.h0);
  });
});
