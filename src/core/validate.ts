/**
 * Shape and value checks shared by every cell. Each failure throws an Error whose message names the
 * offending parameter, so the UI can show it next to the field the user edited.
 */

/** Throws unless `value` is an array of `length` finite numbers; `name` is used in the message. Pure. */
export function checkVector(name: string, value: unknown, length: number): asserts value is ArrayLike<number> {
  if (!isArrayLike(value)) throw new Error(`${name} must be an array of ${length} numbers`);
  if (value.length !== length) {
    throw new Error(`${name} has ${value.length} entries, expected ${length}`);
  }
  for (let k = 0; k < length; k++) checkFinite(`${name}[${k}]`, value[k]);
}

/**
 * Throws unless `value` is a rows × cols matrix of finite numbers. `colsWhy` explains the expected
 * column count in the message, e.g. "H=1 + D=3". Pure.
 */
export function checkMatrix(
  name: string,
  value: unknown,
  rows: number,
  cols: number,
  colsWhy: string,
): asserts value is ArrayLike<ArrayLike<number>> {
  if (!isArrayLike(value)) throw new Error(`${name} must be a matrix with ${rows} rows`);
  if (value.length !== rows) throw new Error(`${name} has ${value.length} rows, expected ${rows} (H=${rows})`);
  for (let r = 0; r < rows; r++) {
    const row: unknown = value[r];
    if (!isArrayLike(row)) throw new Error(`${name} row ${r} must be an array of ${cols} numbers`);
    if (row.length !== cols) {
      throw new Error(`${name} row ${r} has ${row.length} columns, expected ${cols} (${colsWhy})`);
    }
    for (let c = 0; c < cols; c++) checkFinite(`${name}[${r}][${c}]`, row[c]);
  }
}

/** Throws unless `value` is a finite number. Pure. */
export function checkFinite(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') throw new Error(`${name} must be a number, got ${describe(value)}`);
  if (!Number.isFinite(value)) throw new Error(`${name} is not a finite number (${value})`);
}

/** Reads the hidden size H as the row count of `value`, throwing unless it is a non-empty array. Pure. */
export function hiddenSizeOf(name: string, value: unknown): number {
  if (!isArrayLike(value) || value.length < 1) {
    throw new Error(`${name} must have at least one row (the hidden size H ≥ 1)`);
  }
  return value.length;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || ArrayBuffer.isView(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
