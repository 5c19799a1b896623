import { checkLstmParams, lstmDimensions, LSTM_BIAS_NAMES, LSTM_WEIGHT_NAMES, type LstmParams } from '../../core';
import { MAX_ABS_PARAMETER, MAX_HIDDEN_SIZE } from './limits';
import type { SchemaProblem } from './problem';
import type { Problems } from './problems';
import { objectKeys, ownValue, readNumberList, reportUnknownFields, unitCountProblem } from './readers';

const PARAM_NAMES: readonly string[] = [...LSTM_WEIGHT_NAMES, ...LSTM_BIAS_NAMES];
const RANGE = { limit: MAX_ABS_PARAMETER, quantity: 'parameters' } as const;

/**
 * Reads `params` in the core's shape: four H × (H + D) matrices and four biases of H entries, where H is
 * Wf's row count and D the number of features (null when the features are unusable: columns are then not
 * checked and the result is null). Returns the hidden size too, for h0 and c0. Mutates only `problems`.
 */
export function decodeParams(
  value: unknown,
  featureCount: number | null,
  problems: Problems,
): { params: LstmParams | null; hiddenSize: number | null } {
  if (value === undefined) {
    problems.add({ code: 'missing', at: 'params' });
    return { params: null, hiddenSize: null };
  }
  const keys = objectKeys(value);
  if (keys === null) {
    problems.add({ code: 'paramsNotObject', at: 'params', names: [...PARAM_NAMES] });
    return { params: null, hiddenSize: null };
  }
  const fields = value as object;
  reportUnknownFields(keys, PARAM_NAMES, 'params', problems);
  for (const name of PARAM_NAMES) if (!keys.includes(name)) problems.add({ code: 'missing', at: `params.${name}` });
  const hiddenSize = readHiddenSize(ownValue(fields, 'Wf'), problems);
  if (hiddenSize === null) return { params: null, hiddenSize: null };

  const before = problems.count;
  const matrices = LSTM_WEIGHT_NAMES.map((name) =>
    keys.includes(name) ? readMatrix(ownValue(fields, name), `params.${name}`, hiddenSize, featureCount, problems) : null,
  );
  const biasSpec = { count: hiddenSize, wrongLength: unitCountProblem(hiddenSize), ...RANGE };
  const biases = LSTM_BIAS_NAMES.map((name) =>
    keys.includes(name) ? readNumberList(ownValue(fields, name), `params.${name}`, biasSpec, problems) : null,
  );
  if (featureCount === null || problems.count > before || matrices.includes(null) || biases.includes(null)) {
    return { params: null, hiddenSize };
  }
  const [Wf, Wi, Wc, Wo] = matrices as number[][][];
  const [bf, bi, bc, bo] = biases as number[][];
  return { params: confirmWithCore({ Wf, Wi, Wc, Wo, bf, bi, bc, bo }, hiddenSize, featureCount, problems), hiddenSize };
}

/** H is Wf's row count: at least 1 and at most MAX_HIDDEN_SIZE. */
function readHiddenSize(Wf: unknown, problems: Problems): number | null {
  if (Wf === undefined) return null;
  if (!Array.isArray(Wf)) {
    problems.add({ code: 'notRowList', at: 'params.Wf' });
    return null;
  }
  if (Wf.length < 1) {
    problems.add({ code: 'noRows', at: 'params.Wf' });
    return null;
  }
  if (Wf.length > MAX_HIDDEN_SIZE) {
    problems.add({ code: 'tooManyRows', at: 'params.Wf', count: Wf.length, limit: MAX_HIDDEN_SIZE });
    return null;
  }
  return Wf.length;
}

/** One H × (H + D) weight matrix, row by row; when D is unknown only the row count is checked. */
function readMatrix(
  matrix: unknown,
  path: string,
  hiddenSize: number,
  featureCount: number | null,
  problems: Problems,
): number[][] | null {
  if (!Array.isArray(matrix)) {
    problems.add({ code: 'notMatrix', at: path, rows: hiddenSize });
    return null;
  }
  if (matrix.length !== hiddenSize) {
    problems.add({ code: 'wrongRowCount', at: path, count: matrix.length, expected: hiddenSize });
    return null;
  }
  if (featureCount === null) return null;
  const rowSpec = {
    count: hiddenSize + featureCount,
    wrongLength: (at: string, count: number): SchemaProblem => ({ code: 'wrongColumnCount', at, count, hidden: hiddenSize, features: featureCount }),
    ...RANGE,
  };
  const rows: (number[] | null)[] = [];
  for (let r = 0; r < hiddenSize; r++) rows.push(readNumberList(matrix[r], `${path}[${r}]`, rowSpec, problems));
  return rows.includes(null) ? null : (rows as number[][]);
}

/**
 * The decoder's checks are meant to be at least as strict as the core's. Running the core's own validation
 * on the result keeps that true if either side changes: anything the core would reject is reported here
 * with the core's message, and never handed to the app. Mutates only `problems`.
 */
function confirmWithCore(params: LstmParams, hiddenSize: number, featureCount: number, problems: Problems): LstmParams | null {
  try {
    checkLstmParams(params, hiddenSize, featureCount);
    const { hiddenSize: H, inputSize: D } = lstmDimensions(params);
    if (H !== hiddenSize || D !== featureCount) throw new Error(`the core reads H=${H}, D=${D} from the weights`);
    return params;
  } catch (error) {
    problems.add({ code: 'rejectedByCore', at: 'params', detail: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

