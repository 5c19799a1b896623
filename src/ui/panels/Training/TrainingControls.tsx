import { useId } from 'react';
import { fill, useT } from '../../../i18n';
import type { TrainingCommand, TrainingSnapshot } from './protocol';
import styles from './TrainingPanel.module.css';

interface TrainingControlsProps {
  /** null until the runner has reported (all buttons disabled) */
  snapshot: TrainingSnapshot | null;
  send: (command: TrainingCommand) => void;
  /** the seed field's value, applied on Reset */
  seed: number;
  onSeedChange: (seed: number) => void;
}

/** Start/pause/resume, one step, reset and the seed, with the run's status and step count. */
export function TrainingControls({ snapshot, send, seed, onSeedChange }: TrainingControlsProps) {
  const words = useT().training;
  const seedId = useId();
  const hintId = useId();
  const status = snapshot?.status ?? 'idle';
  const ready = snapshot !== null;
  const running = status === 'running';
  const primary = running ? words.pause : status === 'paused' ? words.resume : words.start;
  return (
    <div className={styles.controls} role="group" aria-label={words.controls}>
      <button
        type="button"
        className={styles.primary}
        disabled={!ready || status === 'finished'}
        onClick={() => send({ type: running ? 'pause' : 'start' })}
      >
        {primary}
      </button>
      <button type="button" className={styles.button} disabled={!ready} onClick={() => send({ type: 'step' })}>
        {words.step}
      </button>
      <button type="button" className={styles.button} disabled={!ready} onClick={() => send({ type: 'reset', seed })}>
        {words.reset}
      </button>
      <label className={styles.seed} htmlFor={seedId}>
        {words.seed}
        <input
          id={seedId}
          type="number"
          min={0}
          max={4294967295}
          step={1}
          value={seed}
          aria-describedby={hintId}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isInteger(value) && value >= 0 && value <= 4294967295) onSeedChange(value);
          }}
        />
      </label>
      <p className={styles.status} role="status">
        {words.status[status]}
        {snapshot && ` · ${fill(words.progress, { steps: snapshot.steps, max: snapshot.maxSteps })}`}
      </p>
      <p id={hintId} className={styles.seedHint}>
        {words.seedHint}
      </p>
    </div>
  );
}
