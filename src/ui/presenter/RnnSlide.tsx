import { useMemo } from 'react';
import { fill, useT } from '../../i18n';
import { firstWordSignal, type Scenario } from '../../model';
import { Tex } from '../common/Tex';
import styles from './Presenter.module.css';

const RNN_LAW = 'h_t = \\tanh(W \\cdot [h_{t-1}, x_t] + b)';

const CHART = { width: 760, height: 300, top: 36, bottom: 44, left: 16 };

/**
 * The lesson's case for the LSTM: a simple RNN (h = tanh(W·[h, x] + b), the LSTM's candidate layer on its
 * own) and the LSTM read the same words; bars show how much of the first word is left at each word.
 */
export function RnnSlide({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const signal = useMemo(() => firstWordSignal(scenario), [scenario]);
  const first = signal.tokens[0] ?? '';
  const count = signal.tokens.length;
  const slot = (CHART.width - CHART.left * 2) / Math.max(count, 1);
  const bar = Math.min(52, slot / 3.4);
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const y = (share: number) => CHART.top + plotHeight * (1 - Math.min(1, share));
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const series = [
    { key: 'rnn', values: signal.rnn, color: 'var(--hidden)', label: t.presenter.rnn.rnnLabel, offset: -bar / 2 - 5 },
    { key: 'lstm', values: signal.lstm, color: 'var(--cell)', label: t.presenter.rnn.lstmLabel, offset: bar / 2 + 5 },
  ];
  return (
    <figure className={styles.rnnSlide}>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} className={styles.rnnChart} role="img" aria-labelledby="rnn-chart-title">
        <title id="rnn-chart-title">{fill(t.presenter.rnn.strength, { token: first })}</title>
        <line x1={CHART.left} x2={CHART.width - CHART.left} y1={y(0)} y2={y(0)} className={styles.axis} />
        {signal.tokens.map((token, index) => {
          const center = CHART.left + slot * (index + 0.5);
          return (
            <g key={index}>
              {series.map((item) => (
                <g key={item.key}>
                  <rect x={center + item.offset - bar / 2} y={y(item.values[index])} width={bar} height={y(0) - y(item.values[index])} fill={item.color} rx={3} />
                  <text x={center + item.offset} y={y(item.values[index]) - 8} className={styles.barValue} textAnchor="middle">
                    {percent(item.values[index])}
                  </text>
                </g>
              ))}
              <text x={center} y={CHART.height - 14} className={styles.barToken} textAnchor="middle">
                {token}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.rnnLegend}>
        <strong>{fill(t.presenter.rnn.strength, { token: first })}</strong>
        <Tex tex={RNN_LAW} />
        {series.map((item) => (
          <span key={item.key} className={styles.legendItem}>
            <span className={styles.swatch} style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
