import { describe, expect, it } from 'vitest';
import { runLstm, type LstmStep } from '../../src/core';
import { traceScenario, alicePreset } from '../../src/model';
import {
  cellPainter,
  gateColor,
  gridMove,
  heatmapPaint,
  inkOn,
  largestCellChange,
  QUANTITY_COLOR,
  QUANTITY_HEX,
  revealScrollLeft,
  shownUnits,
  signedColor,
} from '../../src/viz';

describe('shownUnits', () => {
  it('shows every unit up to eight', () => {
    expect(shownUnits(1)).toEqual({ units: [0], total: 1, truncated: false });
    expect(shownUnits(8)).toEqual({ units: [0, 1, 2, 3, 4, 5, 6, 7], total: 8, truncated: false });
  });

  it('shows the first eight of more and says it left some out', () => {
    const shown = shownUnits(20);
    expect(shown.units).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(shown).toMatchObject({ total: 20, truncated: true });
  });

  it('honours a custom limit and an empty cell', () => {
    expect(shownUnits(5, 2).units).toEqual([0, 1]);
    expect(shownUnits(0).units).toEqual([]);
  });
});

describe('cellPainter', () => {
  it('colours gates from paper to the gate hue over [0, 1]', () => {
    const paint = cellPainter('gate', QUANTITY_HEX.forget);
    expect(paint(0.3).background).toBe(gateColor(QUANTITY_HEX.forget)(0.3));
    expect(paint(1).background).toBe(gateColor(QUANTITY_HEX.forget)(1));
  });

  it('colours signed values on the shared diverging scale, clamped', () => {
    const paint = cellPainter('signed', QUANTITY_HEX.cell);
    expect(paint(-0.4).background).toBe(signedColor()(-0.4));
    expect(paint(7).background).toBe(signedColor()(1));
  });

  it('picks the ink that reads on the fill', () => {
    const paint = cellPainter('signed', QUANTITY_HEX.cell);
    for (const value of [-1, -0.5, 0, 0.5, 1]) {
      const { background, ink } = paint(value);
      expect(ink).toBe(inkOn(background));
    }
    // Themed fills are CSS expressions; their ink is a relative colour the browser resolves.
    expect(paint(0).ink).toMatch(/^lch\(from color-mix/);
  });

  it('shares one frozen paint between cells of the same fill, in any row', () => {
    const first = cellPainter('signed', QUANTITY_HEX.cell)(0.25);
    const again = cellPainter('signed', QUANTITY_HEX.cell)(0.25 + 1e-9);
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // A different fill is a different paint, with its own ink.
    const other = cellPainter('signed', QUANTITY_HEX.cell)(-0.25);
    expect(other).not.toBe(first);
    expect(other).toEqual({ background: signedColor()(-0.25), ink: inkOn(signedColor()(-0.25)) });
  });

  it('survives a non-finite value', () => {
    expect(cellPainter('gate', QUANTITY_HEX.input)(Number.NaN)).toEqual({ background: '#ffffff', ink: '#1f2430' });
  });
});

describe('heatmapPaint', () => {
  it('paints one row per quantity and unit, one cell per step', () => {
    const { steps } = traceScenario(alicePreset);
    const rows = [
      { quantity: 'f' as const, range: 'gate' as const },
      { quantity: 'c' as const, range: 'signed' as const },
    ];
    const paint = heatmapPaint(steps, rows, [0]);
    expect(paint).toHaveLength(2);
    expect(paint[0]).toHaveLength(5);
    expect(paint[0][3].background).toBe(gateColor(QUANTITY_COLOR.f)(steps[3].f[0]));
    expect(paint[1][3].background).toBe(signedColor()(steps[3].c[0]));
  });

  it('orders rows quantity by quantity, then unit by unit', () => {
    const params = {
      Wf: [[0, 0, 1], [0, 0, -1]],
      Wi: [[0, 0, 1], [0, 0, 1]],
      Wc: [[0, 0, 1], [0, 0, -1]],
      Wo: [[0, 0, 1], [0, 0, 1]],
      bf: [0, 0],
      bi: [0, 0],
      bc: [0, 0],
      bo: [0, 0],
    };
    const steps: LstmStep[] = runLstm(params, [[2]]);
    const paint = heatmapPaint(steps, [{ quantity: 'cTilde', range: 'signed' }, { quantity: 'h', range: 'signed' }], [0, 1]);
    expect(paint.map((row) => row[0].background)).toEqual([
      signedColor()(steps[0].cTilde[0]),
      signedColor()(steps[0].cTilde[1]),
      signedColor()(steps[0].h[0]),
      signedColor()(steps[0].h[1]),
    ]);
  });
});

describe('largestCellChange', () => {
  it('finds "She" (t = 3) in the Alice example', () => {
    expect(largestCellChange(traceScenario(alicePreset).steps)).toBe(3);
  });

  it('is −1 for an empty trace', () => {
    expect(largestCellChange([])).toBe(-1);
  });
});

describe('revealScrollLeft', () => {
  // viewport 300 wide with a 100-wide sticky label column: columns are visible from scrollLeft + 100.
  it('keeps the offset when the column is already visible', () => {
    expect(revealScrollLeft(0, 300, 100, 150, 50)).toBe(0);
  });

  it('scrolls right just enough to show a column past the right edge', () => {
    expect(revealScrollLeft(0, 300, 100, 400, 50)).toBe(150);
  });

  it('scrolls left so a column hidden under the sticky labels clears them', () => {
    expect(revealScrollLeft(500, 300, 100, 550, 50)).toBe(450);
    expect(revealScrollLeft(500, 300, 100, 50, 50)).toBe(0);
  });
});

describe('gridMove', () => {
  const from = { row: 2, col: 3 };
  it('moves one cell with the arrows, clamped at the edges', () => {
    expect(gridMove('ArrowLeft', from, 7, 5)).toEqual({ row: 2, col: 2 });
    expect(gridMove('ArrowRight', from, 7, 5)).toEqual({ row: 2, col: 4 });
    expect(gridMove('ArrowRight', { row: 2, col: 4 }, 7, 5)).toEqual({ row: 2, col: 4 });
    expect(gridMove('ArrowUp', { row: 0, col: 1 }, 7, 5)).toEqual({ row: 0, col: 1 });
    expect(gridMove('ArrowDown', { row: 6, col: 1 }, 7, 5)).toEqual({ row: 6, col: 1 });
  });

  it('jumps to the ends of the row with Home and End and ignores other keys', () => {
    expect(gridMove('Home', from, 7, 5)).toEqual({ row: 2, col: 0 });
    expect(gridMove('End', from, 7, 5)).toEqual({ row: 2, col: 4 });
    expect(gridMove('Enter', from, 7, 5)).toBeNull();
  });
});
