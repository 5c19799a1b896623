/**
 * Test helpers for the core: a tiny seeded PRNG and random LSTM parameters. Not a test file itself
 * (the Vitest include pattern only picks up *.test.ts).
 */
import type { LstmParams } from '../../src/core';

/** mulberry32: a 32-bit seeded PRNG returning floats in [0, 1). Deterministic for a given seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer uniform in [lo, hi] (inclusive). */
export function randomInt(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/**
 * Uniform in [−scale, scale], rounded to the nearest float32 so that a float32 reference library
 * sees exactly the same numbers as our float64 code (no input-rounding error in comparisons).
 */
export function randomUniform32(rand: () => number, scale: number): number {
  return Math.fround((2 * rand() - 1) * scale);
}

export function randomVector(rand: () => number, length: number, scale: number): number[] {
  return Array.from({ length }, () => randomUniform32(rand, scale));
}

export function randomMatrix(rand: () => number, rows: number, cols: number, scale: number): number[][] {
  return Array.from({ length: rows }, () => randomVector(rand, cols, scale));
}

/** Random LSTM parameters for hidden size H and input size D: matrices H × (H + D), biases H. */
export function randomLstmParams(rand: () => number, H: number, D: number, scale: number): LstmParams {
  return {
    Wf: randomMatrix(rand, H, H + D, scale),
    Wi: randomMatrix(rand, H, H + D, scale),
    Wc: randomMatrix(rand, H, H + D, scale),
    Wo: randomMatrix(rand, H, H + D, scale),
    bf: randomVector(rand, H, scale),
    bi: randomVector(rand, H, scale),
    bc: randomVector(rand, H, scale),
    bo: randomVector(rand, H, scale),
  };
}

/** Recursively freezes plain objects and arrays so any mutation throws in strict-mode code. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
