import { describe, expect, it } from 'vitest';
import { chainLayout, brokenLinePath, wordLabels } from '../../src/ui/panels/Gradients/chainLayout';
import { formatMagnitude, formatVector } from '../../src/ui/panels/Gradients/formatMagnitude';
import { decadeLabel, logAxis, superscript, ZERO_POSITION } from '../../src/ui/panels/Gradients/logAxis';
import { formatShare } from '../../src/ui/panels/Compare/formatShare';

describe('the log axis', () => {
  it('spans whole decades around the values, at least as many as asked, zeros below it', () => {
    const axis = logAxis([0.5, 0.002, 0], { minDecades: 2 });
    expect([axis.low, axis.high]).toEqual([-3, 0]);
    expect(axis.ticks).toEqual([0, -1, -2, -3]);
    expect(axis.position(1)).toBe(1);
    expect(axis.position(0.001)).toBe(0);
    expect(axis.position(0.01)).toBeCloseTo(1 / 3, 12);
    expect(axis.position(0)).toBe(ZERO_POSITION);
    expect(logAxis([0.3], { minDecades: 2 })).toMatchObject({ low: -2, high: 0 });
    expect(logAxis([], {})).toMatchObject({ low: -1, high: 0 });
  });

  it('thins a long axis to round decades', () => {
    const axis = logAxis([1.2, 1e-150]);
    expect(axis.high).toBe(1);
    expect(axis.ticks).toEqual([0, -50, -100, -150]);
    expect(decadeLabel(-50)).toBe('10⁻⁵⁰');
    expect(decadeLabel(-2)).toBe('0.01');
    expect(decadeLabel(0)).toBe('1');
    expect(superscript(-12)).toBe('⁻¹²');
  });
});

describe('numbers', () => {
  it('writes gradients in fixed or scientific notation, never rounding a value to 0', () => {
    expect(formatMagnitude(0, 3)).toBe('0');
    expect(formatMagnitude(0.0656, 3)).toBe('0.066');
    expect(formatMagnitude(-0.25, 3)).toBe('−0.250');
    expect(formatMagnitude(0.00049, 3)).toBe('4.90 × 10⁻⁴');
    expect(formatMagnitude(-2.43e-158, 3)).toBe('−2.43 × 10⁻¹⁵⁸');
    expect(formatMagnitude(9.999e-5, 3)).toBe('1.00 × 10⁻⁴');
    expect(formatMagnitude(12345, 3)).toBe('1.23 × 10⁴');
    expect(formatVector([0.5, 0], 3)).toBe('[0.500, 0]');
  });

  it('writes shares as percentages down to 0.1 %, below that in scientific notation', () => {
    expect(formatShare(0.2183, 3, 'nothing')).toBe('22%');
    expect(formatShare(0.0049, 3, 'nothing')).toBe('0.5%');
    expect(formatShare(4.46e-32, 3, 'nothing')).toBe('4.46 × 10⁻³⁰%');
    expect(formatShare(0, 3, 'nothing')).toBe('nothing');
  });
});

describe('the unrolled layout', () => {
  it('fills the room with columns of 16–150 px and scrolls a long sentence instead of squeezing it', () => {
    const short = chainLayout(5, 1400);
    expect(short.step).toBe(200);
    expect(short.x(0)).toBe(short.labelWidth + 100);
    expect(chainLayout(5, 900).step).toBeCloseTo((900 - 100 - 28) / 5, 12);
    const long = chainLayout(109, 900);
    expect(long.step).toBe(16);
    expect(long.width).toBeGreaterThan(900);
    expect(long.valuesFit).toBe(false);
    // Bands are stacked without overlapping.
    const bands = [long.words, long.lstm, long.cellStrip, long.hiddenStrip, long.rnn, long.rnnStrip, long.plot, long.arrow];
    bands.slice(1).forEach((band, k) => expect(band.top).toBeGreaterThanOrEqual(bands[k].top + bands[k].height));
  });

  it('labels the marked words first and others only where they fit', () => {
    const x = (step: number) => step * 20;
    const labels = wordLabels(['France', 'years', 'went', 'by', 'many', 'things'], x, [0, 5]);
    expect(labels[0]).toEqual([0, 'France']);
    expect(labels.at(-1)).toEqual([5, 'things']);
    // "years" would overlap "France" at 20 px per word; "went" fits.
    expect(labels.map(([step]) => step)).not.toContain(1);
    expect(wordLabels(['extraordinarily'], x, [0], 8)).toEqual([[0, 'extraor…']]);
  });

  it('lifts the pen at missing points', () => {
    expect(brokenLinePath([{ x: 0, y: 1 }, { x: 2, y: 3 }, null, { x: 4, y: 5 }])).toBe('M0.0,1.0L2.0,3.0M4.0,5.0');
  });
});
