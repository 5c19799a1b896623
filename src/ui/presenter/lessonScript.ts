import type { EquationId } from '../../tex';

/** A question the lesson asks before it plays a step; the answer is read from the live trace. */
export type QuestionId = 'forgetAtIs' | 'cellAtShe';

/** One slide of the guided lesson: a live state of the app and the caption that goes with it. */
export interface Slide {
  /** the key of its caption in the lesson dictionary */
  id: SlideId;
  /** what fills the screen: the title, the simple RNN's loop, or the belt and equations */
  view: 'title' | 'rnn' | 'cell';
  /** the word the cell is shown at (0-based) */
  step: number;
  /** the parts of the cell and the equations lit up */
  focus: readonly EquationId[];
  /** asked before the step plays: the slide first shows the step before, then reveals this one */
  question?: QuestionId;
  /** the word (0-based) whose effect on the memory the slide measures at `step` */
  follows?: number;
}

/** The lesson's slides in order; their captions live in the lesson dictionary under the same ids. */
export const LESSON: readonly Slide[] = [
  { id: 'title', view: 'title', step: 0, focus: [] },
  { id: 'rnn', view: 'rnn', step: 0, focus: [] },
  { id: 'belt', view: 'cell', step: 0, focus: ['cell'] },
  { id: 'forget', view: 'cell', step: 0, focus: ['forget'] },
  { id: 'input', view: 'cell', step: 0, focus: ['input', 'candidate'] },
  { id: 'update', view: 'cell', step: 0, focus: ['cell'] },
  { id: 'output', view: 'cell', step: 0, focus: ['output', 'hidden'] },
  { id: 'walkAlice', view: 'cell', step: 0, focus: ['input', 'candidate'] },
  { id: 'walkIs', view: 'cell', step: 1, focus: ['forget'], question: 'forgetAtIs' },
  { id: 'walkHappy', view: 'cell', step: 2, focus: [] },
  { id: 'walkShe', view: 'cell', step: 3, focus: ['cell'], question: 'cellAtShe' },
  { id: 'momentShe', view: 'cell', step: 3, focus: ['cell', 'hidden'] },
  { id: 'walkSmiles', view: 'cell', step: 4, focus: ['output'] },
  { id: 'answer', view: 'cell', step: 3, focus: ['forget', 'cell'], follows: 0 },
  { id: 'yourTurn', view: 'cell', step: 3, focus: [] },
];

/** The ids of the slides, which are also their caption keys. */
export type SlideId =
  | 'title'
  | 'rnn'
  | 'belt'
  | 'forget'
  | 'input'
  | 'update'
  | 'output'
  | 'walkAlice'
  | 'walkIs'
  | 'walkHappy'
  | 'walkShe'
  | 'momentShe'
  | 'walkSmiles'
  | 'answer'
  | 'yourTurn';
