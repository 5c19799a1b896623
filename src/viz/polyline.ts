/** A point in the drawing's coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** Total length of a polyline. Pure. */
export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let k = 1; k < points.length; k++) length += distance(points[k - 1], points[k]);
  return length;
}

/** The point a fraction s ∈ [0, 1] of the way along a polyline, by arc length. Pure. */
export function pointAlong(points: readonly Point[], s: number): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  const target = Math.min(Math.max(s, 0), 1) * polylineLength(points);
  let walked = 0;
  for (let k = 1; k < points.length; k++) {
    const segment = distance(points[k - 1], points[k]);
    if (walked + segment >= target && segment > 0) {
      const t = (target - walked) / segment;
      return {
        x: points[k - 1].x + (points[k].x - points[k - 1].x) * t,
        y: points[k - 1].y + (points[k].y - points[k - 1].y) * t,
      };
    }
    walked += segment;
  }
  return { ...points[points.length - 1] };
}

/** SVG path data for a polyline ("M x y L x y …"). Pure. */
export function polylinePath(points: readonly Point[]): string {
  return points.map((p, k) => `${k === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** Fraction of the way along a polyline at which it first reaches a given x (or y) coordinate. Pure. */
export function fractionAt(points: readonly Point[], axis: 'x' | 'y', value: number): number {
  const total = polylineLength(points);
  if (total === 0) return 0;
  let walked = 0;
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1][axis];
    const b = points[k][axis];
    const segment = distance(points[k - 1], points[k]);
    if ((value - a) * (value - b) <= 0 && a !== b) return (walked + (segment * (value - a)) / (b - a)) / total;
    walked += segment;
  }
  return 1;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
