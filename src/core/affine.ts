/**
 * W·[h, x] + b for one gate, without building the concatenated vector: columns 0..H-1 of W multiply h,
 * columns H..H+D-1 multiply x (the seed's [h_{t-1}, x_t] order). Returns a new array; mutates nothing.
 */
export function gatePreActivation(
  weights: ArrayLike<ArrayLike<number>>,
  bias: ArrayLike<number>,
  hPrev: ArrayLike<number>,
  x: ArrayLike<number>,
): number[] {
  const hiddenSize = hPrev.length;
  const out = new Array<number>(weights.length);
  for (let r = 0; r < weights.length; r++) {
    const row = weights[r];
    let sum = bias[r];
    for (let k = 0; k < hiddenSize; k++) sum += row[k] * hPrev[k];
    for (let k = 0; k < x.length; k++) sum += row[hiddenSize + k] * x[k];
    out[r] = sum;
  }
  return out;
}

/** The concatenated input [h, x] as a new array. Pure. */
export function concatInput(hPrev: ArrayLike<number>, x: ArrayLike<number>): number[] {
  return [...Array.from(hPrev), ...Array.from(x)];
}
