import { checkLstmParams, lstmDimensions, runCoupledLstm, runGru, runPeepholeLstm, type CoupledLstmParams, type GruParams, type LstmParams, type PeepholeLstmParams } from '../../core';
import { CELL_PARAMETERS, parameterNames } from '../cells/parameters';
import type { CellKind, CellParams } from '../scenario';
import { MAX_ABS_PARAMETER, MAX_HIDDEN_SIZE } from './limits';
import type { SchemaProblem } from './problem';
import type { Problems } from './problems';
import { objectKeys, ownValue, readNumberList, reportUnknownFields, unitCountProblem } from './readers';

const RANGE = { limit: MAX_ABS_PARAMETER, quantity: 'parameters' } as const;

/**
 * Reads `params` in the core's shape for the cell: its H × (H + D) matrices and its H-entry vectors (the
 * LSTM's four of each; the peephole LSTM's plus pf, pi, po; the coupled LSTM's without Wi, bi; the GRU's
 * Wz, Wr, Wh, bz, br, bh), where H is the first matrix's row count and D the number of features (null when
 * the features are unusable: columns are then not checked and the result is null). Returns the hidden size
 * too, for h0 and c0. Mutates only `problems`.
 */
export function decodeParams(
  value: unknown,
  featureCount: number | null,
  problems: Problems,
  kind: CellKind = 'lstm',
): { params: CellParams | null; hiddenSize: number | null } {
  const paramNames = parameterNames(kind);
  const { weights: weightNames, vectors: vectorNames } = CELL_PARAMETERS[kind];
  const first = weightNames[0];
  if (value === undefined) {
    problems.add({ code: 'missing', at: 'params' });
    return { params: null, hiddenSize: null };
  }
  const keys = objectKeys(value);
  if (keys === null) {
    problems.add({ code: 'paramsNotObject', at: 'params', names: [...paramNames] });
    return { params: null, hiddenSize: null };
  }
  const fields = value as object;
  reportUnknownFields(keys, paramNames, 'params', problems);
  for (const name of paramNames) if (!keys.includes(name)) problems.add({ code: 'missing', at: `params.${name}` });
  const hiddenSize = readHiddenSize(ownValue(fields, first), `params.${first}`, problems);
  if (hiddenSize === null) return { params: null, hiddenSize: null };

  const before = problems.count;
  const matrices = weightNames.map((name) =>
    keys.includes(name) ? readMatrix(ownValue(fields, name), `params.${name}`, hiddenSize, featureCount, problems) : null,
  );
  const biasSpec = { count: hiddenSize, wrongLength: unitCountProblem(hiddenSize), ...RANGE };
  const biases = vectorNames.map((name) =>
    keys.includes(name) ? readNumberList(ownValue(fields, name), `params.${name}`, biasSpec, problems) : null,
  );
  if (featureCount === null || problems.count > before || matrices.includes(null) || biases.includes(null)) {
    return { params: null, hiddenSize };
  }
  // In the cell's own field order, so the decoded params encode exactly like the document they came from.
  const record: Record<string, number[][] | number[]> = {};
  weightNames.forEach((name, k) => (record[name] = matrices[k] as number[][]));
  vectorNames.forEach((name, k) => (record[name] = biases[k] as number[]));
  const params = record as unknown as CellParams;
  return { params: confirmWithCore(kind, params, hiddenSize, featureCount, problems), hiddenSize };
}

/** H is the first matrix's row count (Wf, or the GRU's Wz): at least 1 and at most MAX_HIDDEN_SIZE. */
function readHiddenSize(matrix: unknown, at: string, problems: Problems): number | null {
  if (matrix === undefined) return null;
  if (!Array.isArray(matrix)) {
    problems.add({ code: 'notRowList', at });
    return null;
  }
  if (matrix.length < 1) {
    problems.add({ code: 'noRows', at });
    return null;
  }
  if (matrix.length > MAX_HIDDEN_SIZE) {
    problems.add({ code: 'tooManyRows', at, count: matrix.length, limit: MAX_HIDDEN_SIZE });
    return null;
  }
  return matrix.length;
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
function confirmWithCore(kind: CellKind, params: CellParams, hiddenSize: number, featureCount: number, problems: Problems): CellParams | null {
  try {
    if (kind === 'lstm') {
      checkLstmParams(params as LstmParams, hiddenSize, featureCount);
      const { hiddenSize: H, inputSize: D } = lstmDimensions(params as LstmParams);
      if (H !== hiddenSize || D !== featureCount) throw new Error(`the core reads H=${H}, D=${D} from the weights`);
    } else {
      // The variants have no separate checker: one step on a zero input runs the core's full validation.
      const input = [new Array<number>(featureCount).fill(0)];
      if (kind === 'peephole') runPeepholeLstm(params as PeepholeLstmParams, input);
      else if (kind === 'coupled') runCoupledLstm(params as CoupledLstmParams, input);
      else runGru(params as GruParams, input);
    }
    return params;
  } catch (error) {
    problems.add({ code: 'rejectedByCore', at: 'params', detail: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

