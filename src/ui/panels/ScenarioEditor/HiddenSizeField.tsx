import { useId, useState } from 'react';
import { fill, useT } from '../../../i18n';
import { MAX_HIDDEN_SIZE } from '../../../model';
import styles from './ScenarioEditor.module.css';

interface HiddenSizeFieldProps {
  hiddenSize: number;
  onChange: (size: number, seed: number) => void;
}

// Nine digits at most, so the seed always fits the generator's 32-bit state exactly.
const MAX_SEED = 999_999_999;

/** The hidden size H (1–8) and the random seed its new weights are drawn from, so every state can be rebuilt. */
export function HiddenSizeField({ hiddenSize, onChange }: HiddenSizeFieldProps) {
  const t = useT();
  const [seedText, setSeedText] = useState('1');
  const id = useId();
  const seed = /^\d{1,9}$/.test(seedText.trim()) ? Number(seedText) : null;
  return (
    <div className={styles.hidden}>
      <label className={styles.label} htmlFor={`${id}-size`}>
        {t.scenario.hiddenSize}
      </label>
      <select
        id={`${id}-size`}
        value={hiddenSize}
        disabled={seed === null}
        onChange={(event) => seed !== null && onChange(Number(event.target.value), seed)}
      >
        {Array.from({ length: MAX_HIDDEN_SIZE }, (_, k) => k + 1).map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
      <label className={styles.label} htmlFor={`${id}-seed`}>
        {t.scenario.seed}
      </label>
      <input
        id={`${id}-seed`}
        className={styles.seed}
        inputMode="numeric"
        value={seedText}
        aria-invalid={seed === null}
        aria-describedby={seed === null ? `${id}-message` : undefined}
        onChange={(event) => setSeedText(event.target.value)}
      />
      {seed === null && (
        <span id={`${id}-message`} className={styles.message} role="alert">
          {fill(t.scenario.seedInvalid, { max: MAX_SEED })}
        </span>
      )}
    </div>
  );
}
