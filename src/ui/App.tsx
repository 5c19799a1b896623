import { useCallback, useReducer } from 'react';
import { DEFAULT_DIGITS } from '../tex';
import { explainerReducer, initialExplainerState, useTrace } from '../state';
import { useStepKeys } from './hooks/useStepKeys';
import { CellValues } from './panels/CellValues/CellValues';
import { Equations } from './panels/Equations/Equations';
import { StepControls } from './panels/StepControls/StepControls';
import { TokenStrip } from './panels/TokenStrip/TokenStrip';
import styles from './App.module.css';

/** The explainer page: the sentence, the step controls and the panels for the current step. */
export function App() {
  const [state, dispatch] = useReducer(explainerReducer, initialExplainerState);
  const trace = useTrace(state.scenario);
  const stepCount = trace.steps.length;

  const previous = useCallback(() => dispatch({ type: 'previousStep' }), []);
  const next = useCallback(() => dispatch({ type: 'nextStep' }), []);
  const first = useCallback(() => dispatch({ type: 'firstStep' }), []);
  const last = useCallback(() => dispatch({ type: 'lastStep' }), []);
  const select = useCallback((step: number) => dispatch({ type: 'setStep', step }), []);
  useStepKeys({ onPrevious: previous, onNext: next, onFirst: first, onLast: last });

  const step = trace.steps[state.step];
  const token = trace.tokens[state.step];

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <p className={styles.kicker}>LSTM Explainer</p>
        <h1 className={styles.heading}>
          Watch the memory cell read <q>{state.scenario.sentence}</q>
        </h1>
        <p className={styles.lede}>{state.scenario.description}</p>
      </header>

      <nav className={styles.sentence} aria-label="Time steps">
        <TokenStrip tokens={trace.tokens} current={state.step} onSelect={select} />
        {stepCount > 0 && (
          <StepControls step={state.step} stepCount={stepCount} token={token.text} onPrevious={previous} onNext={next} />
        )}
      </nav>

      {step ? (
        <main className={styles.panels}>
          <CellValues step={step} t={state.step} token={token.text} digits={DEFAULT_DIGITS} />
          <Equations step={step} t={state.step} digits={DEFAULT_DIGITS} />
        </main>
      ) : (
        <main className={styles.empty}>The sentence has no words yet: type one to see the cell at work.</main>
      )}

      <footer className={styles.footer}>
        Use <kbd>←</kbd> and <kbd>→</kbd> to move through the sentence. Every number is computed live in double
        precision and shown to {DEFAULT_DIGITS} decimals.
      </footer>
    </div>
  );
}
