import { describe, expect, it } from 'vitest';
import { beltForgetLeg, beltLayout, beltUpdateLeg, candidateRoute, hiddenRoute, type LabelAnchor } from '../../src/viz/beltLayout';
import { BELT_TEXT, unitOfLargestChange } from '../../src/viz/beltTurn';

// The widest text each label can hold, as characters (symbol, "[k]" for several units, " = ", a signed 3-decimal value).
const LABEL_CHARS: Record<string, number> = {
  cPrev: 15, f: 15, kept: 18, c: 15, cTilde: 15, written: 18, i: 15, tanhC: 20, o: 15, h: 15, hPrev: 15, x: 18, title: 18, loop: 34,
};
// A generous average glyph width (0.6 em) and height (1.1 em) for the body and mono fonts at 17 px.
const box = (anchor: LabelAnchor, chars: number, size: number = BELT_TEXT.portrait.label) => {
  const width = chars * size * 0.6;
  const left = anchor.anchor === 'start' ? anchor.x : anchor.anchor === 'end' ? anchor.x - width : anchor.x - width / 2;
  return { left, right: left + width, top: anchor.y - size * 0.85, bottom: anchor.y + size * 0.25 };
};
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('portrait belt layout', () => {
  it('is taller than wide and narrow enough for ≥ 12 px text in a 320 px column', () => {
    const layout = beltLayout(1, 'portrait');
    expect(layout.screen.height).toBeGreaterThan(layout.screen.width);
    // The smallest text (BELT_TEXT.portrait.small) rendered at 320 / screen width.
    expect((Math.min(...Object.values(BELT_TEXT.portrait)) * 320) / layout.screen.width).toBeGreaterThanOrEqual(11.5);
    expect((BELT_TEXT.portrait.label * 320) / layout.screen.width).toBeGreaterThanOrEqual(13);
    // The screen is the flow layout turned: width and height swap.
    expect(layout.screen).toEqual({ width: layout.height, height: layout.width });
  });

  for (const units of [1, 3, 8]) {
    it(`keeps every lane of every pipe inside the drawing (H = ${units})`, () => {
      const layout = beltLayout(units, 'portrait');
      for (const offset of layout.laneOffsets) {
        const points = [...beltForgetLeg(layout, offset), ...beltUpdateLeg(layout, offset), ...candidateRoute(layout, offset), ...hiddenRoute(layout, offset)];
        for (const p of points) {
          // flow coordinates, with the pipe's half thickness as margin
          expect(p.x - layout.pipeSize / 2).toBeGreaterThanOrEqual(0);
          expect(p.x + layout.pipeSize / 2).toBeLessThanOrEqual(layout.width);
          expect(p.y - layout.pipeSize / 2).toBeGreaterThanOrEqual(0);
          expect(p.y + layout.pipeSize / 2).toBeLessThanOrEqual(layout.height);
        }
      }
    });

    it(`places every label inside the viewBox and no two labels on each other (H = ${units})`, () => {
      const layout = beltLayout(units, 'portrait');
      const anchors = layout.labels;
      if (!anchors) throw new Error('a portrait layout names its label anchors');
      const boxes = Object.entries(anchors).map(([id, anchor]) => ({ id, ...box(anchor, LABEL_CHARS[id], id === 'title' || id === 'loop' ? BELT_TEXT.portrait.small : undefined) }));
      for (const label of boxes) {
        expect(label.left, label.id).toBeGreaterThanOrEqual(0);
        expect(label.right, label.id).toBeLessThanOrEqual(layout.screen.width);
        expect(label.top, label.id).toBeGreaterThanOrEqual(0);
        expect(label.bottom, label.id).toBeLessThanOrEqual(layout.screen.height);
      }
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) expect(overlaps(boxes[a], boxes[b]), `${boxes[a].id} and ${boxes[b].id}`).toBe(false);
      }
    });

    it(`keeps the belt's labels clear of the belt itself (H = ${units})`, () => {
      const layout = beltLayout(units, 'portrait');
      // On screen the belt is the column x = belt.y ± pipeSize / 2.
      const beltRight = layout.belt.y + layout.pipeSize / 2;
      for (const id of ['cPrev', 'f', 'kept', 'c', 'written', 'tanhC'] as const) {
        expect(layout.labels?.[id].x ?? 0).toBeGreaterThan(beltRight);
      }
    });
  }

  it('keeps the boxes in a column clear of the input bus and the belt', () => {
    const layout = beltLayout(3, 'portrait');
    const boxes = Object.values(layout.boxes);
    for (const part of boxes) {
      expect(part.cy + part.height / 2).toBeLessThan(layout.bus.y);
      expect(part.cy - part.height / 2).toBeGreaterThan(layout.belt.y + layout.pipeSize / 2);
    }
    // Along the belt, no two boxes overlap.
    const spans = boxes.map((part) => [part.cx - part.width / 2, part.cx + part.width / 2]).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < spans.length; k++) expect(spans[k][0]).toBeGreaterThanOrEqual(spans[k - 1][1]);
  });
});

describe('unitOfLargestChange', () => {
  it('picks the unit whose state moved most, the first on a tie, among the drawn lanes', () => {
    expect(unitOfLargestChange([0.1, -0.5, 0.3], [0, 0, 0], 3)).toBe(1);
    expect(unitOfLargestChange([0.2, 0.2], [0, 0], 2)).toBe(0);
    expect(unitOfLargestChange([0, 0, 0.9], [0, 0, 0], 2)).toBe(0);
  });
});
