import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { cellOf, type Scenario } from '../../../model';
import { encodeSentence } from '../../../model/encode';
import {
  LONG_GAP_MAX,
  LONG_GAP_MIN,
  fillerKeepRates,
  longGapBase,
  longGapCurve,
  longGapScenario,
  longGapEdited,
} from '../../../model/comparison';
import { fill, useT } from '../../../i18n';
import { formatNumber } from '../../../tex';
import { formatShare } from './formatShare';
import { GapPlot } from './GapPlot';
import { cellName } from '../Gradients/cellName';
import styles from './Compare.module.css';

interface LongGapExperimentProps {
  /** the current scenario: its own weights are used when it is a long-gap example */
  scenario: Scenario;
  digits: number;
}

/** The gap the experiment starts at: the seed's own sentence has six filler words. */
const START_GAP = 6;
/** Words of the sentence shown before and after the ellipsis when the gap is long. */
const SHOWN_FILLERS = 3;

/**
 * Seed 001's long gap: a slider for 1–100 filler words between “France” and “I speak fluent French”,
 * and a log-scale plot of how much of France's signal is left at the last word in the scenario's cell
 * (the standard-LSTM example converted to it) and in the RNN, for every gap, with the slider's gap
 * marked. Says how the RNN's weights are chosen.
 */
export const LongGapExperiment = memo(function LongGapExperiment({ scenario, digits }: LongGapExperimentProps) {
  const all = useT();
  const t = all.compare;
  const words = t.longGap;
  const cell = cellOf(scenario);
  const name = cellName(all.gradients.names, cell);
  const gru = cell === 'gru';
  const cellSeries = gru ? t.gruSeries : fill(t.cellSeries, { name });
  const titleId = useId();
  const sliderId = useId();
  const [gap, setGap] = useState(START_GAP);
  const base = longGapBase(scenario);
  // The curve runs both cells ~400 times: while weights are dragged it may lag a frame behind.
  const deferredBase = useDeferredValue(base);
  const curve = useMemo(() => longGapCurve(deferredBase, cell), [deferredBase, cell]);
  const keep = useMemo(() => fillerKeepRates(deferredBase), [deferredBase]);
  const sentence = useMemo(() => encodeSentence(longGapScenario(gap, base)).map((token) => token.text), [gap, base]);
  const format = (share: number) => formatShare(share, digits, words.zero);
  const index = gap - LONG_GAP_MIN;
  const shown =
    gap <= SHOWN_FILLERS * 2
      ? sentence.join(' ')
      : fill(words.sentenceLong, {
          start: sentence.slice(0, 5 + SHOWN_FILLERS).join(' '),
          gap,
          end: sentence.slice(-4 - SHOWN_FILLERS).join(' '),
        });
  const keepList = keep.map((value, unit) => fill(words.keepUnit, { unit: unit + 1, value: formatNumber(value, digits) })).join(words.keepSeparator);
  return (
    <section className={styles.longGap} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.subTitle}>
        {words.title}
      </h3>
      <div className={styles.columns}>
        <div className={styles.column}>
          <p className={styles.text}>{words.intro}</p>
          {cell !== 'lstm' && <p className={styles.note}>{fill(t.longGapCell, { name, kept: { peephole: t.keptForget, coupled: t.keptCoupled, gru: t.keptGru }[cell] })}</p>}
          <p className={styles.text}>
            {fill(words.rnnChoice, { keep: keepList })} {longGapEdited(scenario) ? words.weightsOwn : words.weightsBuiltIn}
          </p>
          <div className={styles.sliderRow}>
            <label htmlFor={sliderId} className={styles.sliderLabel}>
              {words.slider}
            </label>
            <input
              id={sliderId}
              type="range"
              min={LONG_GAP_MIN}
              max={LONG_GAP_MAX}
              step={1}
              value={gap}
              aria-valuetext={fill(words.sliderValue, { gap })}
              onChange={(event) => setGap(Number(event.target.value))}
            />
            <output htmlFor={sliderId} className={styles.output}>
              {fill(words.sliderValue, { gap })}
            </output>
          </div>
          <p className={styles.sentence}>{fill(words.sentence, { sentence: shown })}</p>
          <p className={styles.result} aria-live="polite">
            {fill(gru ? words.resultGru : words.result, { gap, name, cell: format(curve.cell[index]), rnn: format(curve.rnn[index]) })}
          </p>
        </div>
        <figure className={styles.figure}>
          <figcaption className={styles.figcaption}>{words.plotTitle}</figcaption>
          <GapPlot curve={curve} gap={gap} onGap={setGap} format={format} cellLabel={cellSeries} cellName={name} rnnLabel={t.rnnSeries} />
          <Legend lstm={cellSeries} rnn={t.rnnSeries} />
          <p className={styles.hintText}>{gru ? words.logNoteGru : fill(words.logNote, { name })}</p>
        </figure>
      </div>
    </section>
  );
});

/** The two series' colours. */
export function Legend({ lstm, rnn }: { lstm: string; rnn: string }) {
  return (
    <ul className={styles.legend} aria-hidden="true">
      <li>
        <span className={styles.swatch} style={{ background: 'var(--cell)' }} />
        {lstm}
      </li>
      <li>
        <span className={styles.swatch} style={{ background: 'var(--candidate)' }} />
        {rnn}
      </li>
    </ul>
  );
}
