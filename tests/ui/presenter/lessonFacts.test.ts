import { describe, expect, it } from 'vitest';
import { alicePreset, traceScenario } from '../../../src/model';
import { captionValues, questionAnswer } from '../../../src/ui/presenter/lessonFacts';

// The exact values of SEEDS.md (002) for "Alice is happy. She smiles."
const trace = traceScenario(alicePreset);

describe('lesson facts', () => {
  it('quotes the live numbers of a step, formatted with a typographic minus', () => {
    expect(captionValues(trace, 1, 3)).toEqual({
      token: 'is',
      f: '0.453',
      i: '0.651',
      cTilde: '\u22120.085',
      o: '0.551',
      c: '0.000',
      cPrev: '0.123',
      h: '0.000',
      fPercent: '45%',
    });
    expect(captionValues(trace, 3, 3)).toMatchObject({ token: 'She', cPrev: '0.057', c: '0.389', h: '0.176' });
  });

  it('answers the questions from the trace: at "is" the forget gate closes a little, at "She" the cell rises', () => {
    expect(questionAnswer('forgetAtIs', trace, 1)).toBe('closed'); // f = 0.452596 < 0.5
    expect(questionAnswer('cellAtShe', trace, 3)).toBe('rises'); // 0.057368 → 0.389010
  });

  it('follows edits: a forget bias of +3 opens the gate at "is"', () => {
    const edited = traceScenario({ ...alicePreset, params: { ...alicePreset.params, bf: [3] } });
    expect(questionAnswer('forgetAtIs', edited, 1)).toBe('open');
  });

  it('has nothing to say about a step the sentence does not have', () => {
    expect(questionAnswer('cellAtShe', trace, 9)).toBeNull();
    expect(captionValues(trace, 9, 3).c).toBe('');
  });
});
