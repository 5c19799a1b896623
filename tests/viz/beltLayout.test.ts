import { describe, expect, it } from 'vitest';
import { beltForgetLeg, beltFractions, beltLayout, candidateRoute, hiddenRoute, MAX_LANES } from '../../src/viz/beltLayout';

describe('beltLayout', () => {
  it('draws one lane per hidden unit up to eight', () => {
    expect(beltLayout(1).lanes).toBe(1);
    expect(beltLayout(5).lanes).toBe(5);
    expect(beltLayout(32).lanes).toBe(MAX_LANES);
  });

  it('centres the lanes on the pipe and keeps the pipe at most 96 units thick', () => {
    for (const units of [1, 2, 3, 8]) {
      const layout = beltLayout(units);
      const sum = layout.laneOffsets.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(0, 12);
      expect(layout.pipeSize).toBe(layout.lanes * layout.laneSize);
      if (units > 1) expect(layout.pipeSize).toBeLessThanOrEqual(96);
    }
  });

  it('places the parts in the order of the classic diagram', () => {
    const layout = beltLayout(1);
    // along the belt: entry, forget valve, + junction, tap to the output path, exit
    expect(layout.belt.x0).toBeLessThan(layout.forgetValve.x);
    expect(layout.forgetValve.x).toBeLessThan(layout.plus.x);
    expect(layout.plus.x).toBeLessThan(layout.tap.x);
    expect(layout.tap.x).toBeLessThan(layout.belt.x1);
    // below the belt: input valve above the candidate layer; tanh above the output valve
    expect(layout.inputValve.y).toBeLessThan(layout.boxes.candidate.cy);
    expect(layout.tanhNode.y).toBeLessThan(layout.outputValve.y);
    // the four layers sit in a row above the input bus
    const boxes = [layout.boxes.forget, layout.boxes.input, layout.boxes.candidate, layout.boxes.output];
    expect(boxes.map((b) => b.cx)).toEqual([...boxes.map((b) => b.cx)].sort((a, b) => a - b));
    for (const box of boxes) expect(box.cy + box.height / 2).toBeLessThan(layout.bus.y);
  });

  it('keeps every part inside the viewBox', () => {
    for (const units of [1, 8]) {
      const layout = beltLayout(units);
      for (const offset of layout.laneOffsets) {
        for (const p of [...beltForgetLeg(layout, offset), ...candidateRoute(layout, offset), ...hiddenRoute(layout, offset)]) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(layout.width);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(layout.height);
        }
      }
    }
  });

  it('routes the candidate up into the belt and h down then out to the right', () => {
    const layout = beltLayout(1);
    const riser = candidateRoute(layout);
    expect(riser[0].y).toBeGreaterThan(riser[riser.length - 1].y);
    const hidden = hiddenRoute(layout);
    expect(hidden[1].y).toBeGreaterThan(hidden[0].y);
    expect(hidden[2].x).toBe(layout.hiddenExit.x1);
  });

  it('does not let lanes cross where the h pipe turns the corner', () => {
    const layout = beltLayout(4);
    const turns = layout.laneOffsets.map((offset) => hiddenRoute(layout, offset)[1]);
    // a lane further left (smaller x) must turn further down (larger y)
    for (let k = 1; k < turns.length; k++) {
      expect(turns[k].x).toBeGreaterThan(turns[k - 1].x);
      expect(turns[k].y).toBeLessThan(turns[k - 1].y);
    }
  });

  it('finds the valves and nodes along their routes', () => {
    const fractions = beltFractions(beltLayout(1));
    for (const value of Object.values(fractions)) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(1);
    }
    expect(fractions.tanhNode).toBeLessThan(fractions.outputValve);
  });
});
