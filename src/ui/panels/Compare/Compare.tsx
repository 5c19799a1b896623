import { memo, useId, useMemo, useState } from 'react';
import { cellOf, type Scenario } from '../../../model';
import { compareCells, keyWordOf, type CellComparison } from '../../../model/comparison';
import { fill, useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { Tex } from '../../common/Tex';
import { CompareTable } from './CompareTable';
import { formatShare } from './formatShare';
import { Legend, LongGapExperiment } from './LongGapExperiment';
import { SignalChart } from './SignalChart';
import { cellName } from '../Gradients/cellName';
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
const GRU_RNN_LAW = 'h_t = \\tanh(W_h \\cdot [h_{t-1}, x_t] + b_h)';

/**
 * A simple RNN beside the scenario's cell (any of the four): both on the current sentence, how much of a
 * word's effect is left at every later word in the cell's memory (C, or h in the GRU) and in the RNN's h
 * (chart and table), and seed 001's long-gap experiment in the same cell with a slider for 1–100 filler words.
 */
export const Compare = memo(function Compare({ scenario, digits, step }: CompareProps) {
  const all = useT();
  const t = all.compare;
  const names = all.gradients.names;
  const titleId = useId();
  const cell = cellOf(scenario);
  const [chosenWord, setChosenWord] = useState<number | null>(null);
  // The long-gap example is about France, not its first word "I".
  const defaultWord = useMemo(() => keyWordOf(scenario), [scenario]);
  const comparison = useMemo(() => compareCells(scenario, chosenWord ?? defaultWord), [scenario, chosenWord, defaultWord]);
  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {fill(t.title, { name: cellName(names, cell) })}
      </h2>
      <p className={styles.text}>
        <Rich template={cell === 'gru' ? t.introGru : t.intro} values={{ law: <Tex tex={cell === 'gru' ? GRU_RNN_LAW : RNN_LAW} /> }} />
      </p>
      {cell === 'gru' && <p className={styles.note}>{t.gruNoCell}</p>}
      {comparison.tokens.length === 0 && <p className={styles.note}>{t.empty}</p>}
      {comparison.tokens.length > 0 && <WordSignal comparison={comparison} step={step} digits={digits} onFollow={setChosenWord} />}
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
  const name = cellName(useT().gradients.names, comparison.cell);
  const gru = comparison.cell === 'gru';
  const selectId = useId();
  const { tokens, word, share } = comparison;
  const last = tokens.length - 1;
  const current = step === undefined ? last : Math.min(last, Math.max(0, step));
  // The sentence reads out the current word, or the last one while the current word comes before the followed one.
  const spoken = current >= word ? current : last;
  const format = (value: number) => formatShare(value, digits, t.longGap.zero);
  const silent = share.cell.every((value) => value === 0) && share.rnn.every((value) => value === 0);
  const cellSeries = gru ? t.gruSeries : fill(t.cellSeries, { name });
  const series = [
    { key: 'cell', values: share.cell, color: 'var(--cell)', label: cellSeries },
    { key: 'rnn', values: share.rnn, color: 'var(--candidate)', label: t.rnnSeries },
  ];
  return (
    // With more than two units the vectors need the card's width: the table goes below the chart.
    <div className={`${styles.columns} ${comparison.hidden[0]?.length > 2 ? styles.stacked : ''}`}>
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
              <SignalChart tokens={tokens} series={series} word={word} current={current} format={format} cellName={name} />
              <Legend lstm={cellSeries} rnn={t.rnnSeries} />
            </>
          )}
        </figure>
        {!silent && (
          <p className={styles.result}>
            {fill(gru ? t.summaryGru : t.summary, { token: tokens[spoken], t: spoken, word: tokens[word], name, value: format(share.cell[spoken]), rnn: format(share.rnn[spoken]) })}
          </p>
        )}
        <p className={styles.hintText}>{fill(gru ? t.signalHowGru : t.signalHow, { token: tokens[word], name })}</p>
      </div>
      <CompareTable comparison={comparison} word={word} current={current} digits={digits} format={format} />
    </div>
  );
}
