import { describe, expect, it } from 'vitest';
import { alicePreset, traceScenario, withCell } from '../../src/model';
import { beltLayout, complementNode, peepholeTaps } from '../../src/viz/beltLayout';
import { gruBeltFractions, gruBeltFrame, gruBeltLayout, gruResetRoute } from '../../src/viz/gruBelt';
import { STAGES } from '../../src/viz/stepTimeline';

const gruSteps = traceScenario(withCell(alicePreset, 'gru')).cellSteps.map((step) => {
  if (!('z' in step)) throw new Error('expected GRU steps');
  return step;
});

describe('the peephole and coupled marks on the LSTM belt', () => {
  for (const lanes of [1, 4]) {
    it(`peephole taps leave the belt where C_{t−1} (f, i) and C_t (o) ride and end on their boxes' tops (${lanes} lanes)`, () => {
      const layout = beltLayout(lanes);
      const taps = peepholeTaps(layout);
      const beltBottom = layout.belt.y + layout.pipeSize / 2;
      for (const route of [taps.forget, taps.input, taps.output]) expect(route[0].y).toBe(beltBottom);
      expect(taps.forget[0].x).toBeLessThan(layout.forgetValve.x);
      expect(taps.output[0].x).toBeGreaterThan(layout.plus.x);
      expect(taps.output[0].x).toBeLessThan(layout.tap.x);
      const top = (box: { cy: number; height: number }) => box.cy - box.height / 2;
      expect(taps.forget.at(-1)).toEqual({ x: expect.any(Number), y: top(layout.boxes.forget) });
      expect(taps.input.at(-1)?.y).toBe(top(layout.boxes.input));
      expect(taps.output.at(-1)?.y).toBe(top(layout.boxes.output));
      // Each tap lands inside its box, left of the box's own gate wire (which rises from the centre).
      expect(taps.output.at(-1)!.x).toBeLessThan(layout.boxes.output.cx);
      expect(taps.output.at(-1)!.x).toBeGreaterThan(layout.boxes.output.cx - layout.boxes.output.width / 2);
    });
  }

  it('the coupled LSTM’s "1 −" node sits at the input valve’s height, fed from the forget box', () => {
    const layout = beltLayout(1);
    const { node, wire } = complementNode(layout);
    expect(node.y).toBe(layout.inputValve.y);
    expect(node.x).toBeLessThan(layout.inputValve.x);
    expect(wire[0]).toEqual({ x: layout.boxes.forget.cx + layout.boxes.forget.width / 2, y: layout.boxes.forget.cy });
  });
});

describe('the GRU belt', () => {
  const layout = gruBeltLayout(1);
  const fractions = gruBeltFractions(layout);
  const [, , happy, she] = gruSteps;

  it('keeps its valves in order along the belt and the reset valve on the reset pipe', () => {
    expect(layout.resetTap.x).toBeLessThan(layout.keepValve.x);
    expect(layout.keepValve.x).toBeLessThan(layout.plus.x);
    expect(layout.writeValve.y).toBeGreaterThan(layout.belt.y);
    const reset = gruResetRoute(layout);
    expect(reset[1].y).toBe(layout.resetValve.y);
    expect(reset.at(-1)!.x).toBe(layout.boxes.candidate.cx - layout.boxes.candidate.width / 2);
    for (const fraction of Object.values(fractions)) expect(fraction).toBeGreaterThan(0);
    for (const fraction of Object.values(fractions)) expect(fraction).toBeLessThan(1);
  });

  it('at rest: everything filled, the keep valve at 1 − z, write at z, reset at r, h_t on the belt', () => {
    const frame = gruBeltFrame(she, happy, 1, fractions);
    expect(frame.stage).toBeNull();
    expect(Object.values(frame.fill).every((value) => value === 1)).toBe(true);
    expect(frame.opening.keep[0]).toBeCloseTo(1 - she.z[0], 15);
    expect(frame.opening.write).toEqual(she.z);
    expect(frame.opening.reset).toEqual(she.r);
    expect(frame.beltPacketValue).toEqual(she.h);
    expect(frame.packets).toEqual({ belt: null, reset: null, candidate: null });
  });

  it('plays gates, then reset and candidate, then the update, on the shared clock', () => {
    const at = (stage: (typeof STAGES)[number], share: number) => (STAGES.indexOf(stage) + share * 0.8) / STAGES.length;
    const gates = gruBeltFrame(she, happy, at('forget', 0.95), fractions);
    expect(gates.stage).toBe('forget');
    expect(gates.fill.beltKept).toBeGreaterThan(0.9);
    expect(gates.fill.resetLow).toBe(0);
    expect(gates.beltPacketValue[0]).toBeCloseTo((1 - she.z[0]) * she.hPrev[0], 15);
    const candidate = gruBeltFrame(she, happy, at('input', 0.5), fractions);
    expect(candidate.stage).toBe('input');
    expect(candidate.fill.resetHigh).toBeGreaterThan(0);
    expect(candidate.fill.beltOut).toBe(0);
    const update = gruBeltFrame(she, happy, at('update', 0.5), fractions);
    expect(update.fill.candidateHigh).toBe(1);
    expect(update.fill.beltOut).toBeGreaterThan(0);
    expect(update.beltPacketValue).toEqual(she.h);
    // The keep valve swings from the previous word's 1 − z.
    const start = gruBeltFrame(she, happy, 0, fractions);
    expect(start.opening.keep[0]).toBeCloseTo(1 - happy.z[0], 15);
  });
});
