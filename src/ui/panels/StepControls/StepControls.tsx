import styles from './StepControls.module.css';

interface StepControlsProps {
  step: number;
  stepCount: number;
  token: string;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous / Next buttons and the step counter ("Step 4 of 5 · She"). */
export function StepControls({ step, stepCount, token, onPrevious, onNext }: StepControlsProps) {
  return (
    <div className={styles.controls} role="group" aria-label="Step through the sentence">
      <button type="button" className={styles.button} onClick={onPrevious} disabled={step <= 0} aria-label="Previous step" aria-keyshortcuts="ArrowLeft">
        <span aria-hidden="true">←</span> Previous
      </button>
      <p className={styles.counter} data-testid="step-counter" aria-live="polite">
        Step <strong>{step + 1}</strong> of {stepCount} · <span className={styles.token}>{token}</span>
      </p>
      <button type="button" className={styles.button} onClick={onNext} disabled={step >= stepCount - 1} aria-label="Next step" aria-keyshortcuts="ArrowRight">
        Next <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
