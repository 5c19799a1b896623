import { memo, useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n';
import { MAX_ABS_PARAMETER, type BiasName, type Scenario, type WeightName } from '../../../model';
import { Rich } from '../../common/Rich';
import { GateWeights, type FocusedCell, type GateInfo } from './GateWeights';
import { WeightSlider } from './WeightSlider';
import styles from './WeightEditor.module.css';

const GATES: readonly GateInfo[] = [
  { id: 'forget', weights: 'Wf', bias: 'bf', symbol: 'f', color: 'var(--forget)' },
  { id: 'input', weights: 'Wi', bias: 'bi', symbol: 'i', color: 'var(--input)' },
  { id: 'candidate', weights: 'Wc', bias: 'bc', symbol: 'C', color: 'var(--candidate)' },
  { id: 'output', weights: 'Wo', bias: 'bo', symbol: 'o', color: 'var(--output)' },
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
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  const [cell, setCell] = useState<FocusedCell>({ kind: 'weight', name: 'Wf', symbol: 'f', row: 0, column: 0 });

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
            {t.weights.title}
          </h2>
          <p className={styles.hint}>
            <Rich
              template={t.weights.hint}
              values={{
                limit: MAX_ABS_PARAMETER,
                columns: (
                  <>
                    [h<sub>t−1</sub>, x<sub>t</sub>]
                  </>
                ),
              }}
            />
          </p>
        </div>
        <div className={styles.actions} role="group" aria-label={t.weights.history}>
          <button type="button" className={styles.pill} onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title={t.weights.undoTitle}>
            {t.weights.undo}
          </button>
          <button type="button" className={styles.pill} onClick={onRedo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title={t.weights.redoTitle}>
            {t.weights.redo}
          </button>
          <button type="button" className={styles.pill} onClick={onReset} disabled={!canReset} title={t.weights.resetTitle}>
            {t.weights.reset}
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
