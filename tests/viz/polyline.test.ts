import { describe, expect, it } from 'vitest';
import { fractionAt, pointAlong, polylineLength, polylinePath } from '../../src/viz/polyline';

const corner = [
  { x: 0, y: 0 },
  { x: 0, y: 30 },
  { x: 40, y: 30 },
];

describe('polyline helpers', () => {
  it('measures length by segments', () => {
    expect(polylineLength(corner)).toBe(70);
  });

  it('walks by arc length, across corners', () => {
    expect(pointAlong(corner, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(corner, 30 / 70)).toEqual({ x: 0, y: 30 });
    expect(pointAlong(corner, 50 / 70)).toEqual({ x: 20, y: 30 });
    expect(pointAlong(corner, 2)).toEqual({ x: 40, y: 30 });
  });

  it('finds where a route first reaches a coordinate', () => {
    expect(fractionAt(corner, 'y', 15)).toBeCloseTo(15 / 70, 12);
    expect(fractionAt(corner, 'x', 20)).toBeCloseTo(50 / 70, 12);
  });

  it('writes SVG path data', () => {
    expect(polylinePath(corner)).toBe('M0 0 L0 30 L40 30');
  });
});
