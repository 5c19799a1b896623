/**
 * A seeded generator of uniform numbers in [0, 1): mulberry32 (the model layer re-exports it as
 * `mulberry32` for presets and the training dataset). The returned function advances only its own
 * private state, so one seed always gives the same sequence, bit for bit.
 */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
