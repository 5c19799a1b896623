/**
 * Flat float64 buffers for the inner loops. The public functions take and return nested number arrays;
 * inside, every matrix is copied once into a row-major Float64Array and every sequence of vectors into
 * one T × n buffer, because walking contiguous typed memory is several times faster than chasing rows.
 * Nothing here mutates its arguments except the `out`/`into` buffers it is given.
 */

/** A rows × cols matrix copied into a new row-major Float64Array. Reads only. */
export function flattenMatrix(matrix: ArrayLike<ArrayLike<number>>, rows: number, cols: number): Float64Array {
  const flat = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    const base = r * cols;
    for (let c = 0; c < cols; c++) flat[base + c] = row[c];
  }
  return flat;
}

/** A vector copied into a new Float64Array; zeros when `vector` is undefined. Reads only. */
export function flattenVector(vector: ArrayLike<number> | undefined, length: number): Float64Array {
  const flat = new Float64Array(length);
  if (vector) for (let k = 0; k < length; k++) flat[k] = vector[k];
  return flat;
}

/** T vectors of `width` entries copied into one new T × width Float64Array. Reads only. */
export function flattenRows(rows: ArrayLike<ArrayLike<number>>, width: number): Float64Array {
  return flattenMatrix(rows, rows.length, width);
}

/** Entries [offset, offset + length) of a buffer as a new plain array. Pure. */
export function sliceToArray(flat: Float64Array, offset: number, length: number): number[] {
  const out = new Array<number>(length);
  for (let k = 0; k < length; k++) out[k] = flat[offset + k];
  return out;
}

/** A row-major buffer as a new rows × cols nested array. Pure. */
export function toMatrix(flat: Float64Array, rows: number, cols: number): number[][] {
  const out = new Array<number[]>(rows);
  for (let r = 0; r < rows; r++) out[r] = sliceToArray(flat, r * cols, cols);
  return out;
}

/**
 * out[outOffset + u] = b[u] + Σ_k W[u][k]·h[k] + Σ_j W[u][H + j]·x[j] for u < H: one gate's
 * pre-activation W·[h, x] + b with W flat H × (H + D). Writes only `out`.
 */
export function affineInto(
  out: Float64Array,
  outOffset: number,
  W: Float64Array,
  b: Float64Array,
  h: Float64Array,
  hOffset: number,
  x: Float64Array,
  xOffset: number,
  H: number,
  D: number,
): void {
  const width = H + D;
  for (let u = 0; u < H; u++) {
    const row = u * width;
    let sum = b[u];
    for (let k = 0; k < H; k++) sum += W[row + k] * h[hOffset + k];
    for (let j = 0; j < D; j++) sum += W[row + H + j] * x[xOffset + j];
    out[outOffset + u] = sum;
  }
}

/**
 * The two halves of backpropagating through W·[h, x] + b for one step, fused in one pass over W:
 * dW += dz ⊗ [h, x], db += dz, dh[k] += Σ_u W[u][k]·dz[u] and dx[j] += Σ_u W[u][H + j]·dz[u].
 * Writes only dW, db, dh and dx.
 */
export function affineBackward(
  W: Float64Array,
  dz: Float64Array,
  dzOffset: number,
  h: Float64Array,
  hOffset: number,
  x: Float64Array,
  xOffset: number,
  dW: Float64Array,
  db: Float64Array,
  dh: Float64Array,
  dhOffset: number,
  dx: Float64Array,
  dxOffset: number,
  H: number,
  D: number,
): void {
  const width = H + D;
  for (let u = 0; u < H; u++) {
    const g = dz[dzOffset + u];
    if (g === 0) continue;
    const row = u * width;
    db[u] += g;
    for (let k = 0; k < H; k++) {
      dW[row + k] += g * h[hOffset + k];
      dh[dhOffset + k] += W[row + k] * g;
    }
    for (let j = 0; j < D; j++) {
      dW[row + H + j] += g * x[xOffset + j];
      dx[dxOffset + j] += W[row + H + j] * g;
    }
  }
}
