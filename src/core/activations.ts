/** Logistic sigmoid 1 / (1 + e^(−z)), written so that e^x never overflows: finite for every finite z. Pure. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const ez = Math.exp(z);
  return ez / (1 + ez);
}

/** Hyperbolic tangent; Math.tanh already saturates cleanly to ±1. Pure. */
export function tanh(z: number): number {
  return Math.tanh(z);
}

/** Derivative of the sigmoid expressed through its output s = σ(z). Pure. */
export function sigmoidDerivativeFromOutput(s: number): number {
  return s * (1 - s);
}

/** Derivative of tanh expressed through its output t = tanh(z). Pure. */
export function tanhDerivativeFromOutput(t: number): number {
  return 1 - t * t;
}
