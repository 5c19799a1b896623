import { describe, expect, it } from 'vitest';
import { activation, activationPlot, curvePoint, spreadLabels, Z_EXTENT } from '../../src/viz';

/** The (x, y) vertices of a path made of M and L commands. */
function vertices(path: string): [number, number][] {
  return [...path.matchAll(/[ML]\s*(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const margin = { top: 10, right: 10, bottom: 30, left: 40 };

describe('activationPlot', () => {
  const sigmoidPlot = activationPlot('sigmoid', 300, 220, margin);
  const tanhPlot = activationPlot('tanh', 300, 220, margin);

  it('maps z ∈ [−5, 5] across the plotting area', () => {
    expect(Z_EXTENT).toEqual([-5, 5]);
    expect(sigmoidPlot.x(-5)).toBe(40);
    expect(sigmoidPlot.x(5)).toBe(290);
    expect(sigmoidPlot.x(0)).toBe(165);
  });

  it('maps σ ∈ [0, 1] and tanh ∈ [−1, 1] bottom to top', () => {
    expect(sigmoidPlot.y(0)).toBe(190);
    expect(sigmoidPlot.y(1)).toBe(10);
    expect(sigmoidPlot.y(0.5)).toBe(100);
    expect(tanhPlot.y(-1)).toBe(190);
    expect(tanhPlot.y(0)).toBe(100);
  });

  it('draws the sigmoid through (0, ½) from edge to edge', () => {
    const points = vertices(sigmoidPlot.path);
    expect(points.length).toBeGreaterThan(100);
    const middle = points.find(([x]) => Math.abs(x - sigmoidPlot.x(0)) < 1e-6);
    expect(middle?.[1]).toBeCloseTo(sigmoidPlot.y(0.5), 3);
    expect(points[0][0]).toBeCloseTo(40, 3);
    expect(points[0][1]).toBeCloseTo(sigmoidPlot.y(1 / (1 + Math.exp(5))), 2);
    expect(points.at(-1)?.[0]).toBeCloseTo(290, 3);
  });

  it('draws tanh through the origin and rising', () => {
    const points = vertices(tanhPlot.path);
    const middle = points.find(([x]) => Math.abs(x - tanhPlot.x(0)) < 1e-6);
    expect(middle?.[1]).toBeCloseTo(tanhPlot.y(0), 3);
    for (let k = 1; k < points.length; k++) expect(points[k][1]).toBeLessThanOrEqual(points[k - 1][1]);
  });

  it('puts gridlines at 0, ½, 1 for σ and −1, 0, 1 for tanh, and ticks inside [−5, 5]', () => {
    expect(sigmoidPlot.yGridlines).toEqual([0, 0.5, 1]);
    expect(tanhPlot.yGridlines).toEqual([-1, 0, 1]);
    expect(sigmoidPlot.xTicks).toContain(0);
    expect(sigmoidPlot.xTicks.every((z) => z >= -5 && z <= 5)).toBe(true);
  });
});

describe('curvePoint', () => {
  const plot = activationPlot('sigmoid', 300, 220, margin);

  it('places a z inside the range on the curve', () => {
    const point = curvePoint(plot, 0.6);
    expect(point).toMatchObject({ z: 0.6, offPlot: 0 });
    expect(point.value).toBeCloseTo(0.645656, 6);
    expect(point.x).toBeCloseTo(plot.x(0.6), 9);
    expect(point.y).toBeCloseTo(plot.y(point.value), 9);
  });

  it('pins a z beyond the range to the edge but keeps the true value', () => {
    const right = curvePoint(plot, 8);
    expect(right.offPlot).toBe(1);
    expect(right.x).toBe(plot.x(5));
    expect(right.y).toBeCloseTo(plot.y(activation('sigmoid')(5)), 9);
    expect(right.value).toBeCloseTo(activation('sigmoid')(8), 12);
    const left = curvePoint(activationPlot('tanh', 300, 220, margin), -12);
    expect(left).toMatchObject({ offPlot: -1, x: 40 });
    expect(left.value).toBeCloseTo(-1, 9);
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(spreadLabels([20, 80, 50], 16, 0, 200)).toEqual([20, 80, 50]);
  });

  it('pushes crowded labels apart, keeping their order and the bounds', () => {
    const ys = spreadLabels([100, 104, 98], 16, 0, 200);
    const sorted = [...ys].sort((a, b) => a - b);
    expect(ys[2]).toBe(sorted[0]);
    expect(ys[0]).toBe(sorted[1]);
    expect(sorted[1] - sorted[0]).toBeGreaterThanOrEqual(16);
    expect(sorted[2] - sorted[1]).toBeGreaterThanOrEqual(16);
    const atBottom = spreadLabels([195, 198, 199], 16, 0, 200);
    expect(Math.max(...atBottom)).toBeLessThanOrEqual(200);
    expect(Math.min(...spreadLabels([0, 1], 16, 5, 200))).toBe(5);
  });
});
