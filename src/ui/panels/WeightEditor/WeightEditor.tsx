import { memo, useEffect, useRef, useState } from 'react';
import { useT, type Dictionary } from '../../../i18n';
import { CELLS, cellOf, matrixOf, MAX_ABS_PARAMETER, vectorOf, type BiasName, type CellKind, type Scenario, type WeightName } from '../../../model';
import { Rich } from '../../common/Rich';
import { layerLetter } from '../../cellLook';
import { GateWeights, type FocusedCell, type GateInfo } from './GateWeights';
import { PeepholeWeights } from './PeepholeWeights';
import { WeightSlider } from './WeightSlider';
import styles from './WeightEditor.module.css';

// Which equation each layer computes, by its output: the id links a belt pick to its block.
const GATE_IDS: Record<string, GateInfo['id']> = { f: 'forget', i: 'input', cTilde: 'candidate', o: 'output', z: 'update', r: 'reset', hTilde: 'candidate' };

/** The blocks of a cell's weight editor, one per learned layer, from the cell table. Pure. */
function gatesOf(kind: CellKind, t: Dictionary): GateInfo[] {
  return CELLS[kind].layers.map((layer) => {
    const id = GATE_IDS[layer.output];
    const quantity = CELLS[kind].quantities.find((candidate) => candidate.key === layer.output);
    const name =
      id === 'update' || id === 'reset' ? t.cells.equations[id] : kind === 'gru' ? t.cells.quantities.hTilde : t.weights.gates[id];
    return { id, weights: layer.weights, bias: layer.bias, symbol: layerLetter(layer), color: quantity?.color ?? '', name };
  });
}

/** The picked cell while it still exists in the scenario, else the first weight of the first layer. */
function cellStillThere(scenario: Scenario, cell: FocusedCell, gates: readonly GateInfo[]): FocusedCell {
  const exists = cell.kind === 'weight' ? matrixOf(scenario.params, cell.name) : vectorOf(scenario.params, cell.name);
  return exists ? cell : { kind: 'weight', name: gates[0].weights, symbol: gates[0].symbol, row: 0, column: 0 };
}

interface WeightEditorProps {
  scenario: Scenario;
  digits: number;
  /** the gate picked on the belt, whose block is scrolled to and marked (for the GRU: update, reset or candidate) */
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
  const kind = cellOf(scenario);
  const gates = gatesOf(kind, t);
  const [picked, setCell] = useState<FocusedCell>({ kind: 'weight', name: 'Wf', symbol: 'f', row: 0, column: 0 });
  // A switch of cell can take the picked weight away (the GRU has no Wf): the slider then shows the first one.
  const cell = cellStillThere(scenario, picked, gates);

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
            {kind === 'gru' && <> {t.cells.weights.gruHint}</>}
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
        {gates.map((gate) => (
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
        {scenario.cell === 'peephole' && (
          <PeepholeWeights scenario={scenario} limit={MAX_ABS_PARAMETER} digits={digits} onPeephole={onBias} onFocusCell={setCell} />
        )}
      </div>
      <WeightSlider scenario={scenario} cell={cell} limit={MAX_ABS_PARAMETER} digits={digits} onWeight={onWeight} onBias={onBias} />
    </section>
  );
});
