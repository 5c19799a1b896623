/**
 * Shape and value errors: each throws an Error whose message names the offending parameter, so the
 * UI can show it next to the field the user edited. Messages are written out by hand here.
 */
import { describe, expect, it } from 'vitest';
import { lstmDimensions, lstmStep, runLstm, type LstmParams } from '../../src/core';

/** The Alice-like shape: H = 1, D = 3, so every weight row has 1 + 3 = 4 columns. */
function aliceParams(): LstmParams {
  return {
    Wf: [[0.2, 0.3, -0.1, 0.4]],
    Wi: [[0.5, 0.2, 0.3, -0.2]],
    Wc: [[0.3, 0.1, -0.2, 0.5]],
    Wo: [[0.1, -0.2, 0.4, 0.3]],
    bf: [-0.1],
    bi: [0.3],
    bc: [0.1],
    bo: [-0.2],
  };
}
const xs = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/** A larger shape, H = 2, D = 1 (rows of 3 columns), to check the numbers in messages are not fixed. */
function smallParams(): LstmParams {
  const row = (): number[] => [0.1, -0.2, 0.3];
  return {
    Wf: [row(), row()],
    Wi: [row(), row()],
    Wc: [row(), row()],
    Wo: [row(), row()],
    bf: [0, 0],
    bi: [0, 0],
    bc: [0, 0],
    bo: [0, 0],
  };
}

/** Params with one field replaced by a value of any type (to test what the type system forbids). */
function withField(name: keyof LstmParams, value: unknown, base: LstmParams = aliceParams()): LstmParams {
  return { ...base, [name]: value } as LstmParams;
}

/** The message of the Error thrown by `fn`; fails the test if it does not throw an Error. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  return expect.fail('expected an Error to be thrown');
}

describe('runLstm: weight shapes', () => {
  it('names the weight row of the wrong length, with H and D spelled out', () => {
    const params = withField('Wf', [[0.2, 0.3, -0.1]]);
    expect(errorOf(() => runLstm(params, xs))).toBe('Wf row 0 has 3 columns, expected 4 (H=1 + D=3)');
  });

  it.each(['Wi', 'Wc', 'Wo'] as const)('names %s when one of its rows is too long', (name) => {
    const params = withField(name, [[0.1, 0.2, 0.3, 0.4, 0.5]]);
    expect(errorOf(() => runLstm(params, xs))).toBe(`${name} row 0 has 5 columns, expected 4 (H=1 + D=3)`);
  });

  it('names the second row with H = 2, D = 1', () => {
    const base = smallParams();
    const params = withField('Wc', [base.Wc[0], [1, 2]], base);
    expect(errorOf(() => runLstm(params, [[1], [2]]))).toBe('Wc row 1 has 2 columns, expected 3 (H=2 + D=1)');
  });

  it('names a matrix with the wrong number of rows (H is the row count of Wf)', () => {
    const base = aliceParams();
    const params = withField('Wi', [base.Wi[0], base.Wi[0]], base);
    expect(errorOf(() => runLstm(params, xs))).toBe('Wi has 2 rows, expected 1 (H=1)');
    const fewer = withField('Wo', [], smallParams());
    expect(errorOf(() => runLstm(fewer, [[1]]))).toBe('Wo has 0 rows, expected 2 (H=2)');
  });

  it('names Wf when it has no rows at all', () => {
    expect(errorOf(() => runLstm(withField('Wf', []), xs))).toMatch(/^Wf\b.*at least one row/);
  });

  it.each(['bf', 'bi', 'bc', 'bo'] as const)('names bias %s of the wrong length', (name) => {
    expect(errorOf(() => runLstm(withField(name, [0.1, 0.2]), xs))).toBe(`${name} has 2 entries, expected 1`);
    expect(errorOf(() => runLstm(withField(name, []), xs))).toBe(`${name} has 0 entries, expected 1`);
  });
});

describe('runLstm: inputs and initial state', () => {
  it('names x[2] when the third input has the wrong length', () => {
    expect(errorOf(() => runLstm(aliceParams(), [[1, 0, 0], [0, 1, 0], [0, 0]]))).toBe('x[2] has 2 entries, expected 3');
  });

  it('names x[0] (not the weights) when the first input disagrees with all four weight matrices', () => {
    expect(errorOf(() => runLstm(aliceParams(), [[1, 0], [0, 1, 0]]))).toBe('x[0] has 2 entries, expected 3');
    expect(errorOf(() => runLstm(aliceParams(), [[1, 0, 0, 1]]))).toBe('x[0] has 4 entries, expected 3');
    const notArray = [7, [1, 0, 0]] as unknown as number[][];
    expect(errorOf(() => runLstm(aliceParams(), notArray))).toBe('x[0] must be an array of 3 numbers');
  });

  it('names h0 and c0 of the wrong length', () => {
    expect(errorOf(() => runLstm(aliceParams(), xs, { h0: [0, 0] }))).toBe('h0 has 2 entries, expected 1');
    expect(errorOf(() => runLstm(aliceParams(), xs, { c0: [] }))).toBe('c0 has 0 entries, expected 1');
    expect(errorOf(() => runLstm(smallParams(), [[1]], { h0: [0] }))).toBe('h0 has 1 entries, expected 2');
  });

  it('returns [] for an empty sequence', () => {
    expect(runLstm(aliceParams(), [])).toEqual([]);
    expect(runLstm(smallParams(), [], { h0: [0.5, -0.5], c0: [1, 2] })).toEqual([]);
  });

  it('rejects xs that is not an array', () => {
    expect(errorOf(() => runLstm(aliceParams(), 'abc' as unknown as number[][]))).toMatch(/^xs\b/);
    expect(errorOf(() => runLstm(aliceParams(), null as unknown as number[][]))).toMatch(/^xs\b/);
  });

  it('names an input that is not an array', () => {
    const bad = [[1, 0, 0], 7] as unknown as number[][];
    expect(errorOf(() => runLstm(aliceParams(), bad))).toMatch(/^x\[1\] must be an array of 3 numbers/);
  });
});

describe('runLstm: non-finite and non-numeric values', () => {
  const nonFinite = [NaN, Infinity, -Infinity];

  it.each(nonFinite)('names the weight entry %s, e.g. Wo[0][1]', (bad) => {
    const params = withField('Wo', [[0.1, bad, 0.4, 0.3]]);
    expect(errorOf(() => runLstm(params, xs))).toBe(`Wo[0][1] is not a finite number (${bad})`);
    const second = withField('Wf', [[0.1, 0.2, 0.3], [0.1, 0.2, bad]], smallParams());
    expect(errorOf(() => runLstm(second, [[1]]))).toBe(`Wf[1][2] is not a finite number (${bad})`);
  });

  it.each(nonFinite)('names the bias entry %s, e.g. bc[0]', (bad) => {
    expect(errorOf(() => runLstm(withField('bc', [bad]), xs))).toBe(`bc[0] is not a finite number (${bad})`);
  });

  it.each(nonFinite)('names the input entry %s, e.g. x[1][2]', (bad) => {
    expect(errorOf(() => runLstm(aliceParams(), [[1, 0, 0], [0, 1, bad]]))).toBe(`x[1][2] is not a finite number (${bad})`);
  });

  it.each(nonFinite)('names h0 and c0 entries %s', (bad) => {
    expect(errorOf(() => runLstm(aliceParams(), xs, { h0: [bad] }))).toBe(`h0[0] is not a finite number (${bad})`);
    expect(errorOf(() => runLstm(smallParams(), [[1]], { c0: [0, bad] }))).toBe(`c0[1] is not a finite number (${bad})`);
  });

  it('names entries that are not numbers at all', () => {
    const strEntry = withField('Wi', [[0.5, '0.2', 0.3, -0.2]]);
    expect(errorOf(() => runLstm(strEntry, xs))).toBe('Wi[0][1] must be a number, got string');
    const nullEntry = withField('bo', [null]);
    expect(errorOf(() => runLstm(nullEntry, xs))).toBe('bo[0] must be a number, got null');
    const bad = [[1, undefined, 0]] as unknown as number[][];
    expect(errorOf(() => runLstm(aliceParams(), bad))).toBe('x[0][1] must be a number, got undefined');
  });
});

describe('runLstm: parameters that are not arrays', () => {
  it('names a weight matrix that is not an array', () => {
    expect(errorOf(() => runLstm(withField('Wc', 'abc'), xs))).toMatch(/^Wc must be a matrix\b/);
    expect(errorOf(() => runLstm(withField('Wo', undefined), xs))).toMatch(/^Wo must be a matrix\b/);
    expect(errorOf(() => runLstm(withField('Wf', 42), xs))).toMatch(/^Wf\b/);
  });

  it('names a weight row that is not an array', () => {
    expect(errorOf(() => runLstm(withField('Wi', [5]), xs))).toBe('Wi row 0 must be an array of 4 numbers');
  });

  it('names a bias that is not an array', () => {
    expect(errorOf(() => runLstm(withField('bi', 0.3), xs))).toBe('bi must be an array of 1 numbers');
    expect(errorOf(() => runLstm(withField('bf', { 0: -0.1 }), xs))).toBe('bf must be an array of 1 numbers');
  });

  it('throws a named Error for missing or non-object params', () => {
    for (const params of [null, undefined, 42, 'params', {}]) {
      expect(errorOf(() => runLstm(params as unknown as LstmParams, xs))).toMatch(/\b(params|Wf)\b/);
    }
  });
});

describe('lstmStep validation', () => {
  const h = [0];
  const c = [0];

  it('computes one step for valid input (hand-checked against the Alice table, t = 0)', () => {
    // σ(0.3 − 0.1) = σ(0.2) = 0.549834 for f, and C_1 = 0.122858, h_1 = 0.049058 from the seed table.
    const step = lstmStep(aliceParams(), [1, 0, 0], h, c);
    expect(step.f[0]).toBeCloseTo(0.549834, 6);
    expect(step.c[0]).toBeCloseTo(0.122858, 6);
    expect(step.h[0]).toBeCloseTo(0.049058, 6);
  });

  it('names the weight row of the wrong length', () => {
    const params = withField('Wf', [[0.2, 0.3, -0.1]]);
    expect(errorOf(() => lstmStep(params, [1, 0, 0], h, c))).toBe('Wf row 0 has 3 columns, expected 4 (H=1 + D=3)');
  });

  it('names x when it disagrees with all four weight matrices', () => {
    expect(errorOf(() => lstmStep(aliceParams(), [1, 0], h, c))).toBe('x has 2 entries, expected 3');
  });

  it('names a bias of the wrong length and a matrix with the wrong number of rows', () => {
    expect(errorOf(() => lstmStep(withField('bi', [1, 2]), [1, 0, 0], h, c))).toBe('bi has 2 entries, expected 1');
    const base = aliceParams();
    const twoRows = withField('Wc', [base.Wc[0], base.Wc[0]], base);
    expect(errorOf(() => lstmStep(twoRows, [1, 0, 0], h, c))).toBe('Wc has 2 rows, expected 1 (H=1)');
  });

  it('names hPrev and cPrev of the wrong length', () => {
    expect(errorOf(() => lstmStep(aliceParams(), [1, 0, 0], [0, 0], c))).toBe('hPrev has 2 entries, expected 1');
    expect(errorOf(() => lstmStep(aliceParams(), [1, 0, 0], h, []))).toBe('cPrev has 0 entries, expected 1');
  });

  it('names non-finite entries in weights, biases, x, hPrev and cPrev', () => {
    expect(errorOf(() => lstmStep(withField('Wo', [[0.1, NaN, 0.4, 0.3]]), [1, 0, 0], h, c))).toBe(
      'Wo[0][1] is not a finite number (NaN)',
    );
    expect(errorOf(() => lstmStep(withField('bf', [Infinity]), [1, 0, 0], h, c))).toBe(
      'bf[0] is not a finite number (Infinity)',
    );
    expect(errorOf(() => lstmStep(aliceParams(), [1, -Infinity, 0], h, c))).toBe('x[1] is not a finite number (-Infinity)');
    expect(errorOf(() => lstmStep(aliceParams(), [1, 0, 0], [NaN], c))).toBe('hPrev[0] is not a finite number (NaN)');
    expect(errorOf(() => lstmStep(aliceParams(), [1, 0, 0], h, [Infinity]))).toBe('cPrev[0] is not a finite number (Infinity)');
  });

  it('names x, hPrev, cPrev that are not arrays', () => {
    expect(errorOf(() => lstmStep(aliceParams(), 1 as unknown as number[], h, c))).toMatch(/^x must be an array\b/);
    expect(errorOf(() => lstmStep(aliceParams(), [1, 0, 0], null as unknown as number[], c))).toMatch(
      /^hPrev must be an array\b/,
    );
    expect(errorOf(() => lstmStep(aliceParams(), [1, 0, 0], h, 'c' as unknown as number[]))).toMatch(
      /^cPrev must be an array\b/,
    );
  });
});

describe('lstmDimensions', () => {
  it('reads H from the rows of Wf and D from the columns beyond H', () => {
    expect(lstmDimensions(aliceParams())).toEqual({ hiddenSize: 1, inputSize: 3 });
    expect(lstmDimensions(smallParams())).toEqual({ hiddenSize: 2, inputSize: 1 });
  });

  it('handles a 32 × 42 shape', () => {
    const W = (): number[][] => Array.from({ length: 32 }, () => new Array<number>(42).fill(0));
    const b = (): number[] => new Array<number>(32).fill(0);
    const params: LstmParams = { Wf: W(), Wi: W(), Wc: W(), Wo: W(), bf: b(), bi: b(), bc: b(), bo: b() };
    expect(lstmDimensions(params)).toEqual({ hiddenSize: 32, inputSize: 10 });
  });

  it('names the matrix that disagrees with Wf', () => {
    expect(errorOf(() => lstmDimensions(withField('Wo', [[1, 2, 3]])))).toBe('Wo row 0 has 3 columns, expected 4 (H=1 + D=3)');
    expect(errorOf(() => lstmDimensions(withField('bc', [1, 2])))).toBe('bc has 2 entries, expected 1');
  });

  it('names Wf when its rows are narrower than H', () => {
    const params = withField('Wf', [[1], [2]], smallParams());
    expect(errorOf(() => lstmDimensions(params))).toMatch(/^Wf row 0 has 1 columns, expected at least H=2/);
  });

  it('names Wf when it is empty or missing', () => {
    expect(errorOf(() => lstmDimensions(withField('Wf', [])))).toMatch(/^Wf\b/);
    expect(errorOf(() => lstmDimensions(withField('Wf', undefined)))).toMatch(/^Wf\b/);
    expect(errorOf(() => lstmDimensions(null as unknown as LstmParams))).toMatch(/\b(params|Wf)\b/);
  });

  it('names non-finite entries', () => {
    expect(errorOf(() => lstmDimensions(withField('Wi', [[0, 0, NaN, 0]])))).toBe('Wi[0][2] is not a finite number (NaN)');
  });
});
