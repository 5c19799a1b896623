import { describe, expect, it } from 'vitest';
import type { LstmParams, LstmStep } from '../../src/core';
import { alicePreset, traceScenario, type Scenario, type ScenarioTrace } from '../../src/model';
import {
  CANDIDATE_NEUTRAL,
  CELL_STILL,
  NEAR_ZERO,
  englishPhrases,
  gateBand,
  narrateStep,
  sentenceText,
  stepFacts,
  type NarrationPhrases,
} from '../../src/model/narration';

const textAt = (trace: ScenarioTrace, t: number) => narrateStep(trace, t).map(sentenceText).join(' ');
const alice = traceScenario(alicePreset);

function withParams(edit: (params: LstmParams) => void): Scenario {
  const params = structuredClone(alicePreset.params);
  edit(params);
  return { ...alicePreset, params };
}

describe('narrateStep on the Alice example', () => {
  it('t=0 "Alice": nothing to forget yet, a positive candidate is written and the cell rises', () => {
    const text = textAt(alice, 0);
    expect(text).toContain('The memory is still empty, so the forget gate');
    expect(text).toContain('the input gate is mostly open and writes');
    expect(text).toContain('positive candidate');
    expect(text).toContain('The cell state rises from 0 to 0.1228');
    expect(text).not.toContain('so far');
  });

  it('t=1 "is": the cell drops to near zero because what is kept and what is written cancel', () => {
    const text = textAt(alice, 1);
    expect(text).toContain('The forget gate is about half open and keeps');
    expect(text).toContain('negative candidate');
    expect(text).toContain('The cell state falls from 0.1228');
    expect(text).toContain('leaving the memory almost empty');
    expect(text).toContain('nearly cancel out');
    expect(stepFacts(alice, 1)).toMatchObject({ trend: 'falls', endsNearZero: true, cancels: true });
  });

  it('t=2 "happy": a zero input, an almost empty memory and the smallest change so far', () => {
    const sentences = narrateStep(alice, 2).map(sentenceText);
    expect(sentences[0]).toBe('“happy” has no features set, so only the previous output and the biases move the gates.');
    expect(sentences[1]).toContain('The memory is almost empty');
    expect(sentences[2]).toContain('the smallest change so far');
  });

  it('t=3 "She": the cell rises by the largest change so far and h is the strongest output so far', () => {
    const sentences = narrateStep(alice, 3).map(sentenceText);
    expect(sentences).toHaveLength(3);
    expect(sentences[0]).toContain('The forget gate is mostly open and keeps');
    expect(sentences[1]).toMatch(/^The cell state rises from 0\.0573\d+ to 0\.3890\d+ — the biggest change in the sentence so far\.$/);
    expect(sentences[2]).toContain('of tanh(C) out, so h = 0.1762');
    expect(sentences[2]).toContain('the strongest output so far');
  });

  it('t=4 "smiles": a near-zero candidate and a fall that is neither the largest nor the smallest', () => {
    const text = textAt(alice, 4);
    expect(text).toContain(', which is close to zero');
    expect(text).toContain('The cell state falls from 0.3890');
    expect(text).not.toContain('so far');
  });

  it('keeps numbers out of the words, at full precision and tagged with their quantity', () => {
    for (let t = 0; t < alice.steps.length; t += 1) {
      for (const segment of narrateStep(alice, t).flat()) {
        if (segment.kind === 'text') expect(segment.text).not.toMatch(/\d/);
      }
    }
    const step = alice.steps[3];
    const numbers = narrateStep(alice, 3).flat().filter((segment) => segment.kind === 'number' || segment.kind === 'percent');
    expect(numbers).toEqual([
      { kind: 'percent', value: step.f[0], quantity: 'f' },
      { kind: 'percent', value: step.i[0], quantity: 'i' },
      { kind: 'number', value: step.cTilde[0], quantity: 'cTilde' },
      { kind: 'number', value: step.cPrev[0], quantity: 'c' },
      { kind: 'number', value: step.c[0], quantity: 'c' },
      { kind: 'percent', value: step.o[0], quantity: 'o' },
      { kind: 'number', value: step.h[0], quantity: 'h' },
    ]);
  });
});

describe('narrateStep follows the numbers, not the preset', () => {
  it('says the forget gate is almost fully open when its bias rises by 5', () => {
    const trace = traceScenario(withParams((p) => (p.bf[0] += 5)));
    expect(textAt(trace, 1)).toContain('The forget gate is almost fully open and keeps');
    expect(textAt(trace, 1)).not.toContain('cancel');
    expect(textAt(alice, 1)).not.toContain('almost fully open');
  });

  it('says the forget gate erases the memory when its bias falls by 5', () => {
    const trace = traceScenario(withParams((p) => (p.bf[0] -= 5)));
    expect(textAt(trace, 3)).toContain('The forget gate is nearly shut and erases the old memory, keeping only');
  });

  it('says the input gate is nearly shut and the cell barely changes when the input bias is very negative', () => {
    const trace = traceScenario(withParams((p) => (p.bi[0] -= 8)));
    expect(textAt(trace, 0)).toContain('the input gate is nearly shut and lets only');
    expect(textAt(trace, 0)).toContain('The cell state barely changes, from 0 to');
  });

  it('notes an unknown token before the rest of the story', () => {
    const trace = traceScenario({ ...alicePreset, sentence: 'Bob is happy' });
    const sentences = narrateStep(trace, 0).map(sentenceText);
    expect(sentences[0]).toBe('“Bob” is not in the vocabulary, so the cell sees a zero vector.');
    expect(sentences.join(' ')).not.toContain('has no features set');
    expect(narrateStep(trace, 0)[0][1]).toEqual({ kind: 'token', text: 'Bob' });
  });

  it('takes every word from the phrasebook it is given', () => {
    const stub: NarrationPhrases = {
      ...englishPhrases,
      gates: () => [{ kind: 'text', text: 'GATES' }],
      output: (facts) => [{ kind: 'text', text: `OUT ${facts.outputBand}` }],
    };
    const sentences = narrateStep(alice, 3, stub).map(sentenceText);
    expect(sentences[0]).toBe('GATES');
    expect(sentences[2]).toBe('OUT half');
  });

  it('returns nothing for an empty trace or a step outside it', () => {
    const empty = traceScenario({ ...alicePreset, sentence: '' });
    expect(narrateStep(empty, 0)).toEqual([]);
    expect(narrateStep(alice, 5)).toEqual([]);
    expect(narrateStep(alice, -1)).toEqual([]);
  });
});

describe('thresholds', () => {
  it('puts gate values into bands with inclusive lower edges', () => {
    expect([0, 0.0999, 0.1, 0.3999, 0.4, 0.5999, 0.6, 0.8999, 0.9, 1].map(gateBand)).toEqual([
      'shut',
      'shut',
      'mostlyClosed',
      'mostlyClosed',
      'half',
      'half',
      'mostlyOpen',
      'mostlyOpen',
      'open',
      'open',
    ]);
  });

  // A hand-made one-unit step: gates at one half, C̃ chosen so that C = cPrev / 2 + cTilde / 2.
  function handStep(cPrev: number, cTilde: number, hPrev = 0): LstmStep {
    const c = cPrev / 2 + cTilde / 2;
    return { x: [1], hPrev: [hPrev], cPrev: [cPrev], zf: [0], zi: [0], zc: [0], zo: [0], f: [0.5], i: [0.5], cTilde: [cTilde], o: [0.5], c: [c], h: [c / 2] };
  }
  function handTrace(steps: LstmStep[]): ScenarioTrace {
    return { tokens: steps.map((_, index) => ({ text: `w${index}`, index, vector: [1], unknown: false })), steps, cell: 'lstm', cellSteps: steps, hiddenSize: 1 };
  }

  it('says "barely changes" only below CELL_STILL', () => {
    // cPrev 0: ΔC = cTilde / 2
    expect(stepFacts(handTrace([handStep(0, 2 * CELL_STILL)]), 0)?.trend).toBe('rises');
    expect(stepFacts(handTrace([handStep(0, 2 * CELL_STILL * 0.999)]), 0)?.trend).toBe('steady');
    expect(stepFacts(handTrace([handStep(0, -2 * CELL_STILL)]), 0)?.trend).toBe('falls');
    expect(sentenceText(narrateStep(handTrace([handStep(0, 0.01)]), 0)[1])).toBe('The cell state barely changes, from 0 to 0.005.');
  });

  it('calls a memory empty, almost empty or held around NEAR_ZERO', () => {
    expect(stepFacts(handTrace([handStep(0, 1)]), 0)?.memoryBefore).toBe('empty');
    expect(stepFacts(handTrace([handStep(NEAR_ZERO * 0.99, 1)]), 0)?.memoryBefore).toBe('nearlyEmpty');
    expect(stepFacts(handTrace([handStep(NEAR_ZERO, 1)]), 0)?.memoryBefore).toBe('held');
  });

  it('calls a candidate close to zero only below CANDIDATE_NEUTRAL', () => {
    expect(stepFacts(handTrace([handStep(0.5, CANDIDATE_NEUTRAL)]), 0)?.candidateSign).toBe('positive');
    expect(stepFacts(handTrace([handStep(0.5, -CANDIDATE_NEUTRAL)]), 0)?.candidateSign).toBe('negative');
    expect(stepFacts(handTrace([handStep(0.5, CANDIDATE_NEUTRAL * 0.99)]), 0)?.candidateSign).toBe('neutral');
  });

  it('compares with earlier steps only after two of them, and a tie is no record', () => {
    // ΔC per step: 0.1, 0.2, then 0.3 (largest), 0.05 (smallest), 0.2 (tie: neither)
    const cs = [0, 0.1, 0.3, 0.6, 0.65, 0.85];
    const steps = cs.slice(1).map((c, t) => handStep(cs[t], 2 * c - cs[t]));
    const trace = handTrace(steps);
    expect(stepFacts(trace, 1)?.changeRank).toBe('none');
    expect(stepFacts(trace, 2)?.changeRank).toBe('largestSoFar');
    expect(stepFacts(trace, 3)?.changeRank).toBe('smallestSoFar');
    expect(stepFacts(trace, 4)?.changeRank).toBe('none');
  });
});

describe('narrateStep with several units', () => {
  // A fixed pseudo-random generator keeps the case reproducible without depending on other modules.
  function seeded(seed: number) {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return (state / 2147483648) * 2 - 1;
    };
  }
  const draw = seeded(7);
  const H = 3;
  const D = 3;
  const matrix = () => Array.from({ length: H }, () => Array.from({ length: H + D }, () => draw() * 1.5));
  const vector = () => Array.from({ length: H }, () => draw() * 0.5);
  const scenario: Scenario = {
    ...alicePreset,
    params: { Wf: matrix(), Wi: matrix(), Wc: matrix(), Wo: matrix(), bf: vector(), bi: vector(), bc: vector(), bo: vector() },
  };
  const trace = traceScenario(scenario);

  it('follows the unit whose cell state changed most, says so, and quotes that unit’s numbers', () => {
    for (let t = 0; t < trace.steps.length; t += 1) {
      const step = trace.steps[t];
      const changes = step.c.map((c, unit) => Math.abs(c - step.cPrev[unit]));
      const unit = changes.indexOf(Math.max(...changes));
      const sentences = narrateStep(trace, t);
      expect(sentenceText(sentences[0])).toBe(`The cell has 3 units; this follows unit ${unit + 1} of 3, whose cell state changes most.`);
      const cellSentence = sentences.find((sentence) => sentenceText(sentence).startsWith('The cell state'));
      const values = cellSentence?.flatMap((segment) => (segment.kind === 'number' ? [segment.value] : [])) ?? [];
      expect(values.slice(0, 2)).toEqual([step.cPrev[unit], step.c[unit]]);
    }
  });

  it('says "for this unit" when it compares with earlier steps', () => {
    const text = trace.steps.map((_, t) => textAt(trace, t)).join(' ');
    const records = text.match(/so far/g) ?? [];
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBe((text.match(/so far for this unit/g) ?? []).length);
  });
});
