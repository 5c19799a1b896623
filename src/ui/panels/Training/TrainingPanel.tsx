import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { fill, useT } from '../../../i18n';
import type { Scenario } from '../../../model';
import { formatNumber } from '../../../tex';
import { agreementDataset, agreementTrainerConfig, DEFAULT_TRAINING_SEED } from '../../../model/training';
import type { TrainingRunner } from './protocol';
import { createWorkerRunner } from './runners';
import { SampleSentences } from './SampleSentences';
import { DEFAULT_SAMPLE_INDEX, sampleSentences } from './samples';
import { TrainingCharts } from './TrainingCharts';
import { TrainingControls } from './TrainingControls';
import styles from './TrainingPanel.module.css';
import { formatAccuracy, trainedScenarioOf } from './trainedScenarioOf';
import { useTrainingRunner } from './useTrainingRunner';

/** Props of the training panel. */
export interface TrainingPanelProps {
  /**
   * Called with the current weights as a scenario each time they change after the user has started,
   * stepped or reset training (at most every ~250 ms while running), and when the preview sentence changes.
   */
  onPreview?: (scenario: Scenario) => void;
  /** Called when the user keeps the current weights ("Use these weights"). */
  onAdopt: (scenario: Scenario) => void;
  /** decimals for the numbers shown */
  digits: number;
  /** where training runs; defaults to the Web Worker (tests pass an inline runner) */
  createRunner?: () => TrainingRunner;
}

/**
 * Trains the Alice model's cell on the agreement task: controls, live loss/accuracy and forget-gate
 * curves, the dataset with sample sentences, and the trained weights as a scenario.
 */
export const TrainingPanel = memo(function TrainingPanel({ onPreview, onAdopt, digits, createRunner = createWorkerRunner }: TrainingPanelProps) {
  const t = useT();
  const words = t.training;
  const titleId = useId();
  const data = useMemo(agreementDataset, []);
  const samples = useMemo(() => sampleSentences(data), [data]);
  const config = agreementTrainerConfig();
  const [seed, setSeed] = useState(DEFAULT_TRAINING_SEED);
  const [sampleIndex, setSampleIndex] = useState(DEFAULT_SAMPLE_INDEX);
  const { snapshot, send } = useTrainingRunner(createRunner, DEFAULT_TRAINING_SEED);
  // The preview follows the weights only once the user has touched training, so merely opening the
  // panel never changes what the explainer shows.
  const touched = useRef(false);
  const sendTouched: typeof send = (command) => {
    touched.current = true;
    send(command);
  };
  const sentence = samples[sampleIndex].sentence;
  const scenario = useMemo(() => (snapshot ? trainedScenarioOf(snapshot, words, sentence, digits) : null), [snapshot, words, sentence, digits]);
  const previewRef = useRef(onPreview);
  previewRef.current = onPreview;
  useEffect(() => {
    if (scenario && touched.current) previewRef.current?.(scenario);
  }, [scenario]);
  // Using the weights ends the preview: training pauses, and its next snapshots stay in the panel until
  // the user trains again (otherwise the explainer would jump back to the moving weights at once).
  const adopt = (adopted: Scenario) => {
    if (snapshot?.status === 'running') send({ type: 'pause' });
    touched.current = false;
    onAdopt(adopted);
  };
  const latest = snapshot?.history[snapshot.history.length - 1];
  const heldOutNames = data.heldOutNames.join(', ');
  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {words.title}
      </h2>
      <div className={styles.about}>
        <p>{words.intro}</p>
        <p>{fill(words.features, { names: heldOutNames })}</p>
        <p className={styles.note}>
          {fill(words.sizes, {
            train: data.train.length,
            test: data.test.length,
            hidden: config.hiddenSize,
            rate: config.learningRate,
            batch: config.batchSize,
          })}
        </p>
      </div>
      <SampleSentences samples={samples} selected={sampleIndex} onSelect={setSampleIndex} />
      <TrainingControls snapshot={snapshot} send={sendTouched} seed={seed} onSeedChange={setSeed} />
      <dl className={styles.metrics} aria-label={words.metricsLabel}>
        <Metric term={words.trainLoss} value={latest ? formatNumberOrDash(latest.trainLoss, digits) : '–'} />
        <Metric term={words.testLoss} value={latest ? formatNumberOrDash(latest.testLoss, digits) : '–'} />
        <Metric term={words.trainAccuracy} value={latest ? formatAccuracy(latest.trainAccuracy) : '–'} />
        <Metric term={words.testAccuracy} value={latest ? formatAccuracy(latest.testAccuracy) : '–'} />
      </dl>
      <TrainingCharts history={snapshot?.history ?? []} maxSteps={snapshot?.maxSteps ?? 0} digits={digits} />
      <div className={styles.adopt}>
        <button type="button" className={styles.primary} disabled={!scenario} onClick={() => scenario && adopt(scenario)}>
          {words.adopt}
        </button>
        <p className={styles.note}>{words.adoptHint}</p>
      </div>
    </section>
  );
});

function Metric({ term, value }: { term: string; value: string }) {
  return (
    <div className={styles.metric}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function formatNumberOrDash(value: number, digits: number): string {
  return Number.isFinite(value) ? formatNumber(value, digits) : '–';
}
