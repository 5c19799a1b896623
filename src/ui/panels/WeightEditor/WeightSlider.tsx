import { useRef } from 'react';
import { useT } from '../../../i18n';
import { matrixOf, vectorOf, type BiasName, type Scenario, type WeightName } from '../../../model';
import { formatNumber } from '../../../tex';
import { cellLabel, columnNames, type FocusedCell } from './GateWeights';
import styles from './WeightEditor.module.css';

interface WeightSliderProps {
  scenario: Scenario;
  /** the weight or bias last focused in the grids */
  cell: FocusedCell;
  limit: number;
  digits: number;
  onWeight: (name: WeightName, row: number, column: number, value: number, group: string) => void;
  onBias: (name: BiasName, row: number, value: number, group: string) => void;
}

let slides = 0;

/** A slider for the weight last picked in the grids: one slide is one undo step. */
export function WeightSlider({ scenario, cell, limit, digits, onWeight, onBias }: WeightSliderProps) {
  const t = useT();
  const group = useRef(`slide-${slides}`);
  const matrix = cell.kind === 'weight' ? matrixOf(scenario.params, cell.name)?.[cell.row] : undefined;
  const value = cell.kind === 'weight' ? matrix?.[cell.column] : vectorOf(scenario.params, cell.name)?.[cell.row];
  // The picked cell can vanish (fewer units or features than when it was picked).
  if (value === undefined) return null;
  const set = (next: number) =>
    cell.kind === 'weight'
      ? onWeight(cell.name, cell.row, cell.column, next, group.current)
      : onBias(cell.name, cell.row, next, group.current);
  return (
    <label className={styles.slider}>
      <span className={styles.sliderLabel}>{cellLabel(cell, columnNames(scenario), t)}</span>
      <input
        type="range"
        min={-limit}
        max={limit}
        step={0.01}
        value={value}
        onPointerDown={() => (group.current = `slide-${++slides}`)}
        onKeyDown={() => (group.current = `slide-${++slides}`)}
        onChange={(event) => set(Number(event.target.value))}
      />
      <output className={styles.sliderValue}>{formatNumber(value, digits)}</output>
    </label>
  );
}
