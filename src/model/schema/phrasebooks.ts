import type { ProblemPhrases } from './phrases';
import { englishProblemPhrases } from './phrases.en';
import { chineseProblemPhrases } from './phrases.zh';

/** The decoder's phrasebooks by language tag, so the UI picks one with its current language. */
export const PROBLEM_PHRASES: { readonly en: ProblemPhrases; readonly zh: ProblemPhrases } = {
  en: englishProblemPhrases,
  zh: chineseProblemPhrases,
};
