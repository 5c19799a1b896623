import { memo, useId, useMemo, useState } from 'react';
import type { Scenario } from '../../../model';
import { compareCells, keyWordOf, standardLstmParams, type CellComparison } from '../../../model/comparison';
import { fill, useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { Tex } from '../../common/Tex';
import { CompareTable } from './CompareTable';
import { formatShare } from './formatShare';
import { Legend, LongGapExperiment } from './LongGapExperiment';
import { SignalChart } from './SignalChart';
import styles from './Compare.module.css';

interface CompareProps {
  /** the scenario being explained; both cells read its sentence */
  scenario: Scenario;
  /** decimals of values (the app's display precision) */
  digits: number;
  /** the explainer's current word (0-based), outlined in the chart and the table; default the last word */
  step?: number;
}

const RNN_LAW = 'h_t = \\tanh(W_c \\cdot [h_{t-1}, x_t] + b_c)';

/**
 * A simple RNN beside the LSTM: both cells on the current sentence, how much of a word's effect is left
 * at every later word in the LSTM's cell state and in the RNN's h (chart and table), and seed 001's
 * long-gap experiment with a slider for 1–100 filler words.
 */
export const Compare = memo(function Compare({ scenario, digits, step }: CompareProps) {
  const t = useT().compare;
  const titleId = useId();
  const params = standardLstmParams(scenario);
  const [chosenWord, setChosenWord] = useState<number | null>(null);
  // The long-gap example is about France, not its first word "I".
  const defaultWord = useMemo(() => keyWordOf(scenario), [scenario]);
  const comparison = useMemo(() => (params ? compareCells(scenario, chosenWord ?? defaultWord) : null), [params, scenario, chosenWord, defaultWord]);
  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {t.title}
      </h2>
      <p className={styles.text}>
        <Rich template={t.intro} values={{ law: <Tex tex={RNN_LAW} /> }} />
      </p>
      {!comparison && <p className={styles.note}>{t.otherCell}</p>}
      {comparison && comparison.tokens.length === 0 && <p className={styles.note}>{t.empty}</p>}
      {comparison && comparison.tokens.length > 0 && (
        <WordSignal comparison={comparison} step={step} digits={digits} onFollow={setChosenWord} />
      )}
      <LongGapExperiment scenario={scenario} digits={digits} />
    </section>
  );
});

interface WordSignalProps {
  comparison: CellComparison;
  step: number | undefined;
  digits: number;
  onFollow: (word: number) => void;
}

/** The followed word's share left at every word, as a chart, a sentence and a table. */
function WordSignal({ comparison, step, digits, onFollow }: WordSignalProps) {
  const t = useT().compare;
  const selectId = useId();
  const { tokens, word, share } = comparison;
  const last = tokens.length - 1;
  const current = step === undefined ? last : Math.min(last, Math.max(0, step));
  // The sentence reads out the current word, or the last one while the current word comes before the followed one.
  const spoken = current >= word ? current : last;
  const format = (value: number) => formatShare(value, digits, t.longGap.zero);
  const silent = share.lstm.every((value) => value === 0) && share.rnn.every((value) => value === 0);
  const series = [
    { key: 'lstm', values: share.lstm, color: 'var(--cell)', label: t.lstmSeries },
    { key: 'rnn', values: share.rnn, color: 'var(--candidate)', label: t.rnnSeries },
  ];
  return (
    <div className={styles.columns}>
      <div className={styles.column}>
        <div className={styles.sliderRow}>
          <label htmlFor={selectId} className={styles.sliderLabel}>
            {t.follow}
          </label>
          <select id={selectId} value={word} onChange={(event) => onFollow(Number(event.target.value))}>
            {tokens.map((token, index) => (
              <option key={index} value={index}>
                {fill(t.followOption, { token, t: index })}
              </option>
            ))}
          </select>
        </div>
        <figure className={styles.figure}>
          <figcaption className={styles.figcaption}>{fill(t.signalTitle, { token: tokens[word] })}</figcaption>
          {silent ? (
            <p className={styles.note}>{fill(t.noSignal, { token: tokens[word] })}</p>
          ) : (
            <>
              <SignalChart tokens={tokens} series={series} word={word} current={current} format={format} />
              <Legend lstm={t.lstmSeries} rnn={t.rnnSeries} />
            </>
          )}
        </figure>
        {!silent && (
          <p className={styles.result}>
            {fill(t.summary, { token: tokens[spoken], t: spoken, word: tokens[word], lstm: format(share.lstm[spoken]), rnn: format(share.rnn[spoken]) })}
          </p>
        )}
        <p className={styles.hintText}>{fill(t.signalHow, { token: tokens[word] })}</p>
      </div>
      <CompareTable comparison={comparison} word={word} current={current} digits={digits} format={format} />
    </div>
  );
}
