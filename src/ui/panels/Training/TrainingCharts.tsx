import { fill, useT } from '../../../i18n';
import { formatNumber } from '../../../tex';
import { LineChart, type ChartSeries } from './LineChart';
import type { TrainingPoint } from './protocol';
import styles from './TrainingPanel.module.css';
import { formatAccuracy } from './trainedScenarioOf';

interface TrainingChartsProps {
  history: readonly TrainingPoint[];
  /** the x axis runs to at least this step (the run's budget), so curves grow from left to right */
  maxSteps: number;
  digits: number;
}

const TRAIN_COLOR = 'var(--input)';
const TEST_COLOR = 'var(--positive)';
const POSITION_KEYS = ['name', 'is', 'adjective', 'pronoun', 'verb'] as const;
// "is" and the adjective lie between the name and the pronoun: the gate that must learn to stay open.
const GAP_POSITIONS = new Set([1, 2]);

/** The live curves: loss and accuracy (training and held out), and the mean forget gate at each word. */
export function TrainingCharts({ history, maxSteps, digits }: TrainingChartsProps) {
  const words = useT().training;
  const xMax = Math.max(maxSteps, history[history.length - 1]?.step ?? 0);
  const curve = (value: (point: TrainingPoint) => number) => history.map((point) => ({ x: point.step, y: value(point) }));
  const pair = (train: (p: TrainingPoint) => number, test: (p: TrainingPoint) => number): ChartSeries[] => [
    { id: 'train', label: words.train, color: TRAIN_COLOR, points: curve(train) },
    { id: 'test', label: words.heldOut, color: TEST_COLOR, points: curve(test), dashed: true },
  ];
  const latest = (series: ChartSeries, value: string) => fill(words.latest, { series: series.label, value });
  const highestLoss = Math.max(0.8, ...history.map((p) => Math.max(p.trainLoss, p.testLoss)).filter(Number.isFinite));
  const lossTop = Math.ceil(highestLoss * 5) / 5;
  const forget: ChartSeries[] = POSITION_KEYS.map((key, position) => ({
    id: key,
    label: words.positions[key],
    color: 'var(--forget)',
    points: curve((point) => point.forget[position] ?? Number.NaN),
    faint: !GAP_POSITIONS.has(position),
    // The two gap words share the forget hue; the adjective's line is dashed to tell them apart.
    dashed: key === 'adjective',
  }));
  return (
    <div className={styles.charts}>
      <LineChart
        caption={words.lossChart}
        series={pair((p) => p.trainLoss, (p) => p.testLoss)}
        xMax={xMax}
        xLabel={words.stepAxis}
        yDomain={[0, lossTop]}
        yTicks={[0, lossTop / 2, lossTop]}
        formatY={(value) => formatNumber(value, Math.min(digits, 3))}
        latestText={latest}
      />
      <LineChart
        caption={words.accuracyChart}
        series={pair((p) => p.trainAccuracy, (p) => p.testAccuracy)}
        xMax={xMax}
        xLabel={words.stepAxis}
        yDomain={[0, 1]}
        yTicks={[0, 0.5, 1]}
        formatY={formatAccuracy}
        latestText={latest}
      />
      <div className={styles.forgetBlock}>
        <LineChart
          caption={words.forgetChart}
          series={forget}
          xMax={xMax}
          xLabel={words.stepAxis}
          yDomain={[0, 1]}
          yTicks={[0, 0.5, 1]}
          formatY={(value) => formatNumber(value, Math.min(digits, 2))}
          latestText={latest}
        />
        <p className={styles.note}>{words.forgetCaption}</p>
      </div>
    </div>
  );
}
