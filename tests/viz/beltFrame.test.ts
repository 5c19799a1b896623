import { describe, expect, it } from 'vitest';
import { runLstm } from '../../src/core';
import { alicePreset, encodeSentence } from '../../src/model';
import { beltFractions, beltLayout } from '../../src/viz/beltLayout';
import { beltFrame } from '../../src/viz/beltFrame';

const steps = runLstm(alicePreset.params, encodeSentence(alicePreset).map((t) => t.vector));
const fractions = beltFractions(beltLayout(1));
const she = steps[3];
const happy = steps[2];

describe('beltFrame', () => {
  it('at rest shows everything filled, valves at their values, nothing moving', () => {
    const frame = beltFrame(she, happy, 1, fractions);
    expect(frame.stage).toBeNull();
    expect(Object.values(frame.fill).every((v) => v === 1)).toBe(true);
    expect(frame.opening.forget).toEqual(she.f);
    expect(frame.opening.input).toEqual(she.i);
    expect(frame.opening.output).toEqual(she.o);
    expect(frame.packets).toEqual({ belt: null, candidate: null, hidden: null });
  });

  it('starts with nothing filled and the valves where the previous step left them', () => {
    const frame = beltFrame(she, happy, 0, fractions);
    expect(frame.stage).toBe('forget');
    expect(Object.values(frame.fill).every((v) => v === 0)).toBe(true);
    expect(frame.opening.forget[0]).toBeCloseTo(happy.f[0], 12);
    expect(frame.opening.output[0]).toBeCloseTo(happy.o[0], 12);
  });

  it('fills the belt up to the forget valve first, then the kept part, during the forget stage', () => {
    const early = beltFrame(she, happy, 0.05, fractions);
    expect(early.fill.beltIn).toBeGreaterThan(0);
    expect(early.fill.beltKept).toBe(0);
    expect(early.fill.candidateLow).toBe(0);
    expect(early.beltPacketValue[0]).toBe(she.cPrev[0]);
    const late = beltFrame(she, happy, 0.22, fractions);
    expect(late.fill.beltIn).toBe(1);
    expect(late.fill.beltKept).toBeGreaterThan(0);
    // past the valve the packet carries f ⊙ C_{t-1} = 0.647 · 0.057 (SEEDS.md)
    expect(late.beltPacketValue[0]).toBeCloseTo(0.646836 * 0.057368, 5);
  });

  it('swings each valve during its own stage only', () => {
    const inputStage = beltFrame(she, happy, 0.3, fractions);
    expect(inputStage.stage).toBe('input');
    expect(inputStage.opening.forget).toEqual(she.f);
    expect(inputStage.opening.output[0]).toBeCloseTo(happy.o[0], 12);
    expect(inputStage.glow.input).toBeGreaterThan(0);
    expect(inputStage.glow.forget).toBe(0);
  });

  it('carries C_t, then tanh(C_t), then h_t down the output path', () => {
    const values = [0.76, 0.82, 0.9, 0.95].map((p) => beltFrame(she, happy, p, fractions).hiddenPacketValue[0]);
    expect(values[0]).toBe(she.c[0]);
    expect(values).toContain(Math.tanh(she.c[0]));
    expect(values[3]).toBe(she.h[0]);
  });

  it('without a previous step the valves start at their own values', () => {
    const frame = beltFrame(steps[0], null, 0, fractions);
    expect(frame.opening.forget).toEqual(steps[0].f);
  });
});
