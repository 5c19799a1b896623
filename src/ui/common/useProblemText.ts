import { useCallback } from 'react';
import { useLanguage } from '../../i18n';
import { PROBLEM_PHRASES, problemText, type SchemaProblem } from '../../model/schema';

/** Words the scenario decoder's problems (a file, a link, saved work) in the reader's language. */
export function useProblemText(): (problem: SchemaProblem) => string {
  const { language } = useLanguage();
  return useCallback((problem: SchemaProblem) => problemText(problem, PROBLEM_PHRASES[language]), [language]);
}
