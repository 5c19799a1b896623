import { memo, useMemo } from 'react';
import { checkSourceFigures, type Scenario, type ScenarioTrace } from '../../../model';
import { useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { ABOUT_ID } from '../About/anchor';
import { FigureTable } from './FigureTable';
import { NoteSummary } from './NoteSummary';
import styles from './ArticleNote.module.css';

interface ArticleNoteProps {
  /** the scenario on screen; the note appears only when it carries a source article's figures */
  scenario: Scenario;
  trace: ScenarioTrace;
  /** the current step; its row of the comparison is highlighted */
  step: number;
  /** decimals for the exact values */
  digits: number;
}

/**
 * "Check the arithmetic yourself": the source article's rounded figures beside the live exact values.
 * Renders nothing for a scenario without source figures.
 */
export const ArticleNote = memo(function ArticleNote({ scenario, trace, step, digits }: ArticleNoteProps) {
  const all = useT();
  const words = all.note;
  const check = useMemo(() => checkSourceFigures(scenario, trace), [scenario, trace]);
  if (!check) return null;
  return (
    <aside className={styles.note} aria-labelledby="article-note-title">
      <h2 id="article-note-title" className={styles.title}>
        {words.title}
      </h2>
      <p className={styles.summary}>
        <Rich
          template={words.cites}
          values={{
            article: <cite lang="zh">{all.about.sources.worked.title}</cite>,
            about: <a href={`#${ABOUT_ID}`}>{words.aboutLink}</a>,
          }}
        />
      </p>
      {check.applies ? (
        <>
          <NoteSummary comparisons={check.comparisons} digits={digits} />
          <FigureTable comparisons={check.comparisons} trace={trace} step={step} digits={digits} />
        </>
      ) : (
        <p className={styles.summary}>{words.noLongerApplies[check.reason]}</p>
      )}
    </aside>
  );
});
