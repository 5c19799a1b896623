/**
 * Small dense linear algebra for explaining gradient flow: matrix products and the spectral norm
 * ‖A‖₂ (the largest factor by which A can stretch a vector, i.e. its largest singular value). Pure.
 */

/** The product A·B of an m × n and an n × p matrix as a new m × p array. Pure. */
export function matrixProduct(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  const inner = b.length;
  const columns = inner > 0 ? b[0].length : 0;
  return a.map((row) => {
    const out = new Array<number>(columns).fill(0);
    for (let k = 0; k < inner; k++) {
      const aik = row[k];
      if (aik === 0) continue;
      const bRow = b[k];
      for (let j = 0; j < columns; j++) out[j] += aik * bRow[j];
    }
    return out;
  });
}

/**
 * ‖A‖₂ = √(largest eigenvalue of AᵀA), the eigenvalues found by cyclic Jacobi rotations: robust for
 * the small matrices here (no starting vector to get unlucky with, unlike power iteration) and accurate
 * to rounding for the largest singular value. 0 for an empty or all-zero matrix. Pure.
 */
export function spectralNorm(a: readonly (readonly number[])[]): number {
  const n = a.length > 0 ? a[0].length : 0;
  if (n === 0) return 0;
  // Scale by the largest entry first so that squaring cannot overflow or underflow.
  let scale = 0;
  for (const row of a) for (const value of row) scale = Math.max(scale, Math.abs(value));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  const s: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const row of a) {
    for (let i = 0; i < n; i++) {
      const ri = row[i] / scale;
      if (ri === 0) continue;
      for (let j = 0; j < n; j++) s[i][j] += ri * (row[j] / scale);
    }
  }
  return scale * Math.sqrt(Math.max(0, largestSymmetricEigenvalue(s)));
}

/** Largest eigenvalue of a symmetric matrix by cyclic Jacobi sweeps; overwrites `s` (a private copy). */
function largestSymmetricEigenvalue(s: number[][]): number {
  const n = s.length;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let diagonal = 0;
    for (let i = 0; i < n; i++) {
      diagonal += s[i][i] * s[i][i];
      for (let j = i + 1; j < n; j++) off += s[i][j] * s[i][j];
    }
    if (off <= 1e-32 * diagonal || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = s[p][q];
        if (apq === 0) continue;
        // The rotation that zeroes s[p][q]: tan of its angle from the stable quadratic root.
        const theta = (s[q][q] - s[p][p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const skp = s[k][p];
          const skq = s[k][q];
          s[k][p] = c * skp - sn * skq;
          s[k][q] = sn * skp + c * skq;
        }
        for (let k = 0; k < n; k++) {
          const spk = s[p][k];
          const sqk = s[q][k];
          s[p][k] = c * spk - sn * sqk;
          s[q][k] = sn * spk + c * sqk;
        }
      }
    }
  }
  let largest = -Infinity;
  for (let i = 0; i < n; i++) largest = Math.max(largest, s[i][i]);
  return largest;
}
