import { describe, expect, it } from 'vitest';
import { runLstm } from '../../../src/core';
import { DICTIONARIES, fill } from '../../../src/i18n';
import { alicePreset, aliceRememberedPreset, traceScenario, type LstmScenario } from '../../../src/model';
import { answerValues, captionValues, jumpSource, memoryAnswer, questionAnswer } from '../../../src/ui/presenter/lessonFacts';
import { LESSON } from '../../../src/ui/presenter/lessonScript';

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
      // 0.452596 × 0.122858 and 0.651248 × −0.085076 (SEEDS.md)
      kept: '0.056',
      written: '\u22120.055',
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

/**
 * Alice's share left at "She" computed here on its own, from the core: the cell run as written and with
 * Alice's features set to 0, the gap in C at "She" over the gap at "Alice".
 */
function aliceShareAtShe(scenario: LstmScenario): number {
  const words = [[1, 0, 0], [0, 1, 0], [0, 0, 0], [1, 0, 1], [0, 1, 0]];
  const given = runLstm(scenario.params, words);
  const without = runLstm(scenario.params, [[0, 0, 0], ...words.slice(1)]);
  return Math.abs(given[3].c[0] - without[3].c[0]) / Math.abs(given[0].c[0] - without[0].c[0]);
}

describe('the lesson’s answer', () => {
  const answerSlide = LESSON.find((slide) => slide.id === 'answer');

  it('is asked at “She” about “Alice”, near the end of the lesson', () => {
    expect(answerSlide).toMatchObject({ step: 3, follows: 0 });
    expect(LESSON.indexOf(answerSlide!)).toBe(LESSON.length - 2);
  });

  it('states the share of Alice’s effect left at “She” that the trace gives: 22% with the article’s weights', () => {
    const answer = memoryAnswer(alicePreset, trace, 0, 3)!;
    const expected = aliceShareAtShe(alicePreset); // 0.217543
    expect(answer.share).toBeCloseTo(expected, 12);
    expect(answer.verdict).toBe('faded');
    const values = answerValues(answer, 3, 'nothing');
    expect(values).toEqual({ share: `${Math.round(expected * 100)}%`, fIs: '0.453', fHappy: '0.475' });
    const { en } = DICTIONARIES;
    const text = `${fill(en.lesson.slides.answer, values)} ${fill(en.lesson.verdicts.answer.faded, values)}`;
    expect(text).toContain('differ by 22% of what they differed by at “Alice” itself — that much of Alice’s effect is left. Hardly:');
    expect(text).toContain('“is” (0.453) and “happy” (0.475)');
  });

  it('says “kept” for the cell that remembers, with its own share', () => {
    const remembered = traceScenario(aliceRememberedPreset);
    const answer = memoryAnswer(aliceRememberedPreset, remembered, 0, 3)!;
    expect(answer.share).toBeCloseTo(aliceShareAtShe(aliceRememberedPreset), 12);
    expect(answer.verdict).toBe('kept');
    expect(answerValues(answer, 3, 'nothing').share).toBe('95%');
  });

  it('finds the jump at “She” in She’s own writing (0.352 against 0.037 carried) with the article’s weights', () => {
    const she = trace.steps[3];
    expect(she.i[0] * she.cTilde[0]).toBeCloseTo(0.577593 * 0.609257, 5);
    expect(she.f[0] * she.cPrev[0]).toBeCloseTo(0.646836 * 0.057368, 5);
    expect(jumpSource(trace, 3)).toBe('own');
    expect(captionValues(trace, 3, 3)).toMatchObject({ kept: '0.037', written: '0.352' });
    expect(jumpSource(traceScenario(aliceRememberedPreset), 3)).toBe('carried');
  });

  it('has no answer for a sentence too short to reach “She”', () => {
    const short = { ...alicePreset, sentence: 'Alice is' };
    expect(memoryAnswer(short, traceScenario(short), 0, 3)).toBeNull();
  });
});
