import { LESSON, type Slide } from './lessonScript';

/** Where the lesson is: the slide, and for a question slide whether its answer has been revealed. */
export interface LessonPosition {
  slide: number;
  revealed: boolean;
}

/** The lesson's first slide. */
export const LESSON_START: LessonPosition = { slide: 0, revealed: false };

/**
 * One press forward: a question slide first reveals its answer, then the next slide comes. Stays on the
 * last slide. Pure.
 */
export function nextPosition(position: LessonPosition, slides: readonly Slide[] = LESSON): LessonPosition {
  const slide = slides[position.slide];
  if (slide?.question && !position.revealed) return { slide: position.slide, revealed: true };
  if (position.slide >= slides.length - 1) return position;
  return { slide: position.slide + 1, revealed: false };
}

/** One press back: hides a revealed answer, else goes to the slide before (its answer shown). Pure. */
export function previousPosition(position: LessonPosition, slides: readonly Slide[] = LESSON): LessonPosition {
  if (position.revealed) return { slide: position.slide, revealed: false };
  if (position.slide <= 0) return position;
  const before = position.slide - 1;
  return { slide: before, revealed: slides[before].question !== undefined };
}

/**
 * The word the cell shows at a position: a question slide waits on the word before its step until the
 * answer is revealed, so the reveal plays the step. Clamped to the sentence. Pure.
 */
export function positionStep(position: LessonPosition, stepCount: number, slides: readonly Slide[] = LESSON): number {
  const slide = slides[position.slide];
  const step = slide.question && !position.revealed ? slide.step - 1 : slide.step;
  return Math.max(0, Math.min(stepCount - 1, step));
}
