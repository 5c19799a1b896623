import { useId, type ChangeEvent } from 'react';
import { LONG_GAP_MAX, LONG_GAP_MIN } from '../../../model/comparison';
import type { GradientSettings, GradientUnit } from '../../../model/gradients';
import { fill, useT } from '../../../i18n';
import { formatNumber } from '../../../tex';
import styles from './Gradients.module.css';

/** The recurrent-weight scale slider's range: 0 switches the loop off, 3 drives tanh deep into saturation. */
export const SCALE_MIN = 0;
export const SCALE_MAX = 3;

interface GradientControlsProps {
  settings: GradientSettings;
  onChange: (settings: GradientSettings) => void;
  hiddenSize: number;
  /** whether the current sentence can be used (it runs the standard LSTM and has words) */
  sentenceAvailable: boolean;
  /** the largest recurrent weight of the RNN after scaling, or null when it has none */
  largestRecurrent: number | null;
  digits: number;
}

/** The settings of the gradients view: which sentence, how long a gap, the RNN's weight scale, and the scalar L. */
export function GradientControls({ settings, onChange, hiddenSize, sentenceAvailable, largestRecurrent, digits }: GradientControlsProps) {
  const t = useT().gradients.controls;
  const id = useId();
  const { target } = settings;
  const setTarget = (next: Partial<{ kind: 'hidden' | 'squaredError'; unit: GradientUnit; y: number }>) => {
    const kind = next.kind ?? target.kind;
    const unit = next.unit ?? target.unit;
    const y = next.y ?? (target.kind === 'squaredError' ? target.target : 1);
    onChange({ ...settings, target: kind === 'hidden' ? { kind, unit } : { kind, unit, target: y } });
  };
  const number = (event: ChangeEvent<HTMLInputElement>) => Number(event.target.value);
  return (
    <fieldset className={styles.controls}>
      <legend className={styles.legend}>{t.legend}</legend>
      <div className={styles.control} role="radiogroup" aria-labelledby={`${id}-source`}>
        <span id={`${id}-source`} className={styles.controlLabel}>
          {t.source}
        </span>
        <label className={styles.choice}>
          <input
            type="radio"
            name={`${id}-source`}
            checked={settings.source === 'sentence'}
            disabled={!sentenceAvailable}
            onChange={() => onChange({ ...settings, source: 'sentence' })}
          />
          {t.sourceSentence}
        </label>
        <label className={styles.choice}>
          <input type="radio" name={`${id}-source`} checked={settings.source === 'longGap'} onChange={() => onChange({ ...settings, source: 'longGap' })} />
          {t.sourceLongGap}
        </label>
      </div>
      {settings.source === 'longGap' && (
        <div className={styles.control}>
          <label htmlFor={`${id}-gap`} className={styles.controlLabel}>
            {t.gap}
          </label>
          <input
            id={`${id}-gap`}
            type="range"
            min={LONG_GAP_MIN}
            max={LONG_GAP_MAX}
            step={1}
            value={settings.gap}
            aria-valuetext={fill(t.gapValue, { gap: settings.gap })}
            onChange={(event) => onChange({ ...settings, gap: number(event) })}
          />
          <output htmlFor={`${id}-gap`} className={styles.output}>
            {fill(t.gapValue, { gap: settings.gap })}
          </output>
        </div>
      )}
      <div className={styles.control}>
        <label htmlFor={`${id}-scale`} className={styles.controlLabel}>
          {t.scale}
        </label>
        <input
          id={`${id}-scale`}
          type="range"
          min={SCALE_MIN}
          max={SCALE_MAX}
          step={0.05}
          value={settings.recurrentScale}
          aria-valuetext={fill(t.scaleValue, { scale: settings.recurrentScale.toFixed(2) })}
          aria-describedby={`${id}-scale-hint`}
          onChange={(event) => onChange({ ...settings, recurrentScale: number(event) })}
        />
        <output htmlFor={`${id}-scale`} className={styles.output}>
          {fill(t.scaleValue, { scale: settings.recurrentScale.toFixed(2) })}
        </output>
        <p id={`${id}-scale-hint`} className={styles.hint}>
          {largestRecurrent === null ? t.scaleNone : fill(t.scaleHint, { largest: formatNumber(largestRecurrent, digits) })}
        </p>
      </div>
      <div className={styles.control}>
        <label htmlFor={`${id}-scalar`} className={styles.controlLabel}>
          {t.scalar}
        </label>
        <select id={`${id}-scalar`} value={target.kind} onChange={(event) => setTarget({ kind: event.target.value === 'squaredError' ? 'squaredError' : 'hidden' })}>
          <option value="hidden">{t.scalarHidden}</option>
          <option value="squaredError">{t.scalarSquared}</option>
        </select>
        <label htmlFor={`${id}-unit`} className={styles.controlLabel}>
          {t.unit}
        </label>
        <select
          id={`${id}-unit`}
          value={String(target.unit)}
          onChange={(event) => setTarget({ unit: event.target.value === 'all' ? 'all' : Number(event.target.value) })}
        >
          <option value="all">{t.allUnits}</option>
          {Array.from({ length: hiddenSize }, (_, unit) => (
            <option key={unit} value={unit}>
              {fill(t.unitN, { unit: unit + 1 })}
            </option>
          ))}
        </select>
        {target.kind === 'squaredError' && (
          <>
            <label htmlFor={`${id}-target`} className={styles.controlLabel}>
              {t.target}
            </label>
            <input
              id={`${id}-target`}
              type="range"
              min={-1}
              max={1}
              step={0.05}
              value={target.target}
              onChange={(event) => setTarget({ y: number(event) })}
            />
            <output htmlFor={`${id}-target`} className={styles.output}>
              {formatNumber(target.target, 2)}
            </output>
          </>
        )}
      </div>
    </fieldset>
  );
}
