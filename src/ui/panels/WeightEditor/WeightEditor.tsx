import { memo, useEffect, useRef, useState } from 'react';
import { MAX_ABS_PARAMETER, type BiasName, type Scenario, type WeightName } from '../../../model';
import { GateWeights, type FocusedCell, type GateInfo } from './GateWeights';
import { WeightSlider } from './WeightSlider';
import styles from './WeightEditor.module.css';

const GATES: readonly GateInfo[] = [
  { id: 'forget', weights: 'Wf', bias: 'bf', name: 'Forget gate', symbol: 'f', color: 'var(--forget)' },
  { id: 'input', weights: 'Wi', bias: 'bi', name: 'Input gate', symbol: 'i', color: 'var(--input)' },
  { id: 'candidate', weights: 'Wc', bias: 'bc', name: 'Candidate', symbol: 'C', color: 'var(--candidate)' },
  { id: 'output', weights: 'Wo', bias: 'bo', name: 'Output gate', symbol: 'o', color: 'var(--output)' },
];

interface WeightEditorProps {
  scenario: Scenario;
  digits: number;
  /** the gate picked on the belt, whose block is scrolled to and marked */
  focusedGate: GateInfo['id'] | null;
  /** changes identity on every pick, so picking the same gate again scrolls and focuses again */
  pickedAt: object | null;
  canUndo: boolean;
  canRedo: boolean;
  canReset: boolean;
  onWeight: (name: WeightName, row: number, column: number, value: number, group: string) => void;
  onBias: (name: BiasName, row: number, value: number, group: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
}

/** Every weight and bias of the cell, editable by dragging, arrow keys or typing; with undo, redo and reset. */
export const WeightEditor = memo(function WeightEditor(props: WeightEditorProps) {
  const { scenario, digits, focusedGate, pickedAt, canUndo, canRedo, canReset, onWeight, onBias, onUndo, onRedo, onReset } = props;
  const panel = useRef<HTMLElement>(null);
  const [cell, setCell] = useState<FocusedCell>({ kind: 'weight', name: 'Wf', row: 0, column: 0, label: 'W f, unit 1, h₁' });

  // Picking a gate on the belt brings its weights into view and puts the keyboard on its first cell.
  useEffect(() => {
    if (!focusedGate) return;
    const block = panel.current?.querySelector<HTMLElement>(`[data-gate-editor="${focusedGate}"]`);
    block?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    block?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus({ preventScroll: true });
  }, [focusedGate, pickedAt]);

  return (
    <section ref={panel} className={styles.panel} aria-labelledby="weights-title">
      <header className={styles.header}>
        <div>
          <h2 id="weights-title" className={styles.title}>
            Weights: drag a number and watch the gates change
          </h2>
          <p className={styles.hint}>
            Drag sideways (Shift for fine steps), use the arrow keys, or click to type; values from −{MAX_ABS_PARAMETER} to{' '}
            {MAX_ABS_PARAMETER}. Columns multiply [h<sub>t−1</sub>, x<sub>t</sub>]. Click a valve on the belt to jump to its gate.
          </p>
        </div>
        <div className={styles.actions} role="group" aria-label="Edit history">
          <button type="button" className={styles.pill} onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
            Undo
          </button>
          <button type="button" className={styles.pill} onClick={onRedo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
            Redo
          </button>
          <button type="button" className={styles.pill} onClick={onReset} disabled={!canReset} title="Back to the preset's own weights and sentence">
            Reset
          </button>
        </div>
      </header>
      <div className={styles.gates}>
        {GATES.map((gate) => (
          <GateWeights
            key={gate.id}
            gate={gate}
            scenario={scenario}
            limit={MAX_ABS_PARAMETER}
            digits={digits}
            focused={focusedGate === gate.id}
            onWeight={onWeight}
            onBias={onBias}
            onFocusCell={setCell}
          />
        ))}
      </div>
      <WeightSlider scenario={scenario} cell={cell} limit={MAX_ABS_PARAMETER} digits={digits} onWeight={onWeight} onBias={onBias} />
    </section>
  );
});
