import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { cellOf, hiddenSizeOf, type CellKind, type Scenario } from '../../../model';
import { encodeSentence } from '../../../model/encode';
import { longGapBase } from '../../../model/comparison';
import { DEFAULT_TARGET, gradientExperiment, type GradientSettings } from '../../../model/gradients';
import { fill, useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { Tex } from '../../common/Tex';
import { formatShare } from '../Compare/formatShare';
import { GradientControls } from './GradientControls';
import { formatMagnitude } from './formatMagnitude';
import { StepReadout } from './StepReadout';
import { seriesNames, UnrolledChain } from './UnrolledChain';
import { WeightGradientTable } from './WeightGradientTable';
import { cellName } from './cellName';
import styles from './Gradients.module.css';

interface GradientsProps {
  /** the scenario being explained: its sentence and its cell's weights (any of the four cells) are differentiated */
  scenario: Scenario;
  /** decimals of values shown in fixed notation (the app's display precision) */
  digits: number;
}

const BELT_LAW = '\\partial L/\\partial C_{t-1} = f_t \\odot \\partial L/\\partial C_t + \\dots';
const PEEPHOLE_LAW =
  '\\partial L/\\partial C_{t-1} = \\bigl(f_t + C_{t-1} f_t(1-f_t)\\,p_f + \\tilde{C}_t i_t(1-i_t)\\,p_i\\bigr) \\odot \\partial L/\\partial C_t + \\dots';
const GRU_LAW = '\\partial L/\\partial h_{t-1} = (1 - z_t) \\odot \\partial L/\\partial h_t + \\dots';
const RNN_LAW = "\\partial L/\\partial h_{t-1} = W_h^{\\top}\\,(\\tanh'_t \\odot \\partial L/\\partial h_t)";
const INITIAL: GradientSettings = { source: 'sentence', gap: 20, recurrentScale: 1, target: DEFAULT_TARGET };

/** Each cell's law along its belt, and which line of the dictionary explains it. */
const BELT_LAWS: Record<CellKind, { tex: string; line: 'beltLine' | 'peepholeLine' | 'gruLine' }> = {
  lstm: { tex: BELT_LAW, line: 'beltLine' },
  coupled: { tex: BELT_LAW, line: 'beltLine' },
  peephole: { tex: PEEPHOLE_LAW, line: 'peepholeLine' },
  gru: { tex: GRU_LAW, line: 'gruLine' },
};

/**
 * Gradients through time: the chosen scalar L at the last word (h, one unit or all, or a squared error)
 * backpropagated through the scenario's cell (any of the four) and a simple RNN with the core's exact
 * gradients, on the current sentence or on seed 001's long gap with 1–100 filler words (converted to the
 * cell) and a scale on the RNN's recurrent weights.
 */
export const Gradients = memo(function Gradients({ scenario, digits }: GradientsProps) {
  const t = useT().gradients;
  const titleId = useId();
  const [chosen, setSettings] = useState<GradientSettings>(INITIAL);
  const [picked, setPicked] = useState<number | null>(null);
  const cell = cellOf(scenario);
  const name = cellName(t.names, cell);
  const hasWords = useMemo(() => encodeSentence(scenario).length > 0, [scenario]);
  const sentenceAvailable = hasWords;
  const source = sentenceAvailable ? chosen.source : 'longGap';
  const effective = useMemo(() => clampUnit({ ...chosen, source }, scenario), [chosen, source, scenario]);
  // A slider drag re-runs both cells over up to 109 words: let React skip frames it cannot keep up with.
  const settings = useDeferredValue(effective);
  const experiment = useMemo(() => gradientExperiment(scenario, settings), [scenario, settings]);
  const { flow, keyWord } = experiment;
  const { hiddenSize } = flow;
  const belt = BELT_LAWS[cell];
  const memorySymbol = cell === 'gru' ? '|∂L/∂h|' : '|∂L/∂C|';
  const count = flow.tokens.length;
  const step = Math.min(picked ?? keyWord, count - 1);
  const recurrent = experiment.rnn.W.flatMap((row) => row.slice(0, hiddenSize).map(Math.abs));
  const largestRecurrent = recurrent.some((value) => value > 0) ? Math.max(...recurrent) : null;
  const last = count - 1;
  const kept = (values: number[]) => (values[last] > 0 ? formatShare(values[keyWord] / values[last], 3, '0%') : null);

  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {t.title}
      </h2>
      <p className={styles.lede}>{t.intro}</p>
      <p className={styles.lede}>{cell === 'gru' ? t.rnnIsGru : fill(t.rnnIs, { name })}</p>
      {!hasWords && <p className={styles.note}>{t.empty}</p>}
      {source === 'longGap' && cell !== 'lstm' && <p className={styles.note}>{fill(t.longGapCell, { name })}</p>}
      <GradientControls
        settings={effective}
        onChange={(next) => setSettings(next)}
        hiddenSize={hiddenSize}
        sentenceAvailable={sentenceAvailable}
        largestRecurrent={largestRecurrent}
        digits={digits}
      />
      <ul className={styles.laws}>
        <li style={{ borderColor: 'var(--cell)' }}>
          <Rich template={t[belt.line]} values={{ formula: <Tex tex={belt.tex} /> }} />
        </li>
        <li style={{ borderColor: 'var(--candidate)' }}>
          <Rich template={t.rnnLine} values={{ formula: <Tex tex={RNN_LAW} /> }} />
        </li>
      </ul>
      <p className={styles.summary}>
        {fill(t.loss, { name, value: formatMagnitude(flow.loss.cell, digits), rnn: formatMagnitude(flow.loss.rnn, digits) })}{' '}
        {kept(flow.cellNorm) !== null && kept(flow.rnnHiddenNorm) !== null
          ? fill(t.kept, { token: flow.tokens[keyWord], name, symbol: memorySymbol, value: kept(flow.cellNorm) ?? '', rnn: kept(flow.rnnHiddenNorm) ?? '' })
          : t.keptNone}
      </p>
      <p className={styles.hint}>{t.keysHint}</p>
      <UnrolledChain flow={flow} keyWord={keyWord} selected={step} onSelect={setPicked} digits={digits} />
      <ChainLegend cell={cell} short={cellName(t.shortNames, cell)} />
      <div className={styles.columns}>
        <StepReadout flow={flow} step={step} digits={digits} />
        <WeightGradientTable flow={flow} features={experiment.scenario.features} digits={digits} />
      </div>
    </section>
  );
});

/** The series' colours, as the strips and the plot draw them (the GRU's h is its belt: one series fewer). */
function ChainLegend({ cell, short }: { cell: CellKind; short: string }) {
  const names = seriesNames(cell, short);
  const items = [
    { label: names.cell, color: 'var(--cell)' },
    ...(cell === 'gru' ? [] : [{ label: names.hidden, color: 'var(--hidden)' }]),
    { label: names.rnn, color: 'var(--candidate)' },
  ];
  return (
    <ul className={styles.legend} aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <span className={styles.swatch} style={{ background: item.color }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** The settings with a unit that exists in the scenario the experiment will run (else all units). Pure. */
function clampUnit(settings: GradientSettings, scenario: Scenario): GradientSettings {
  const { unit } = settings.target;
  if (unit === 'all') return settings;
  const hiddenSize = hiddenSizeOf(settings.source === 'sentence' ? scenario : longGapBase(scenario));
  return unit < hiddenSize ? settings : { ...settings, target: { ...settings.target, unit: 'all' } };
}
