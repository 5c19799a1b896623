import { describe, expect, it } from 'vitest';
import { LESSON_START, nextPosition, positionStep, previousPosition } from '../../../src/ui/presenter/lessonPosition';
import { LESSON, type Slide } from '../../../src/ui/presenter/lessonScript';

const slides: Slide[] = [
  { id: 'title', view: 'title', step: 0, focus: [] },
  { id: 'walkAlice', view: 'cell', step: 0, focus: [] },
  { id: 'walkIs', view: 'cell', step: 1, focus: ['forget'], question: 'forgetAtIs' },
  { id: 'walkHappy', view: 'cell', step: 2, focus: [] },
];

describe('lesson position', () => {
  it('a question slide asks first, reveals on the next press, then moves on', () => {
    let position = { slide: 1, revealed: false };
    position = nextPosition(position, slides);
    expect(position).toEqual({ slide: 2, revealed: false });
    expect(positionStep(position, 5, slides)).toBe(0); // still on the word before while asking
    position = nextPosition(position, slides);
    expect(position).toEqual({ slide: 2, revealed: true });
    expect(positionStep(position, 5, slides)).toBe(1); // the reveal plays "is"
    position = nextPosition(position, slides);
    expect(position).toEqual({ slide: 3, revealed: false });
  });

  it('back hides an answer, and coming back to a question slide shows it answered', () => {
    expect(previousPosition({ slide: 2, revealed: true }, slides)).toEqual({ slide: 2, revealed: false });
    expect(previousPosition({ slide: 3, revealed: false }, slides)).toEqual({ slide: 2, revealed: true });
    expect(previousPosition({ slide: 1, revealed: false }, slides)).toEqual({ slide: 0, revealed: false });
  });

  it('stops at both ends', () => {
    expect(previousPosition(LESSON_START, slides)).toBe(LESSON_START);
    const last = { slide: slides.length - 1, revealed: false };
    expect(nextPosition(last, slides)).toBe(last);
  });

  it('clamps the step to a shorter sentence', () => {
    expect(positionStep({ slide: 3, revealed: false }, 2, slides)).toBe(1);
  });

  it('the real lesson walks Alice word by word, with the two questions at "is" and "She"', () => {
    const walked: number[] = [];
    let position = LESSON_START;
    for (let press = 0; press < 40; press++) {
      walked.push(positionStep(position, 5));
      position = nextPosition(position);
    }
    expect(LESSON.filter((slide) => slide.question).map((slide) => [slide.step, slide.question])).toEqual([
      [1, 'forgetAtIs'],
      [3, 'cellAtShe'],
    ]);
    // Every word of the sentence is shown at some point, in order, never skipping back more than the last slide's recap.
    expect(new Set(walked)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(LESSON[0].view).toBe('title');
    expect(LESSON.some((slide) => slide.view === 'rnn')).toBe(true);
  });
});
