import { fill, useT, type Dictionary } from '../../../i18n';
import { hiddenSizeOf, matrixOf, vectorOf, type BiasName, type Scenario, type WeightName } from '../../../model';
import { ScrubNumber } from '../../common/ScrubNumber';
import { subscript } from '../../format';
import styles from './WeightEditor.module.css';

/** What one gate's block shows: its weights, its bias, its symbol, colour and name in the reader's language. */
export interface GateInfo {
  /** the equation it computes: the LSTM family's four layers, or the GRU's update, reset and candidate */
  id: 'forget' | 'input' | 'candidate' | 'output' | 'update' | 'reset';
  weights: WeightName;
  bias: BiasName;
  symbol: string;
  color: string;
  name: string;
}

interface GateWeightsProps {
  gate: GateInfo;
  scenario: Scenario;
  /** the largest |w| allowed */
  limit: number;
  digits: number;
  focused: boolean;
  onWeight: (name: WeightName, row: number, column: number, value: number, group: string) => void;
  onBias: (name: BiasName, row: number, value: number, group: string) => void;
  /** a cell got keyboard or pointer focus: the editor's slider follows it */
  onFocusCell: (cell: FocusedCell) => void;
}

// From this many numbers in a row (one unit and six features, and up to 8 units: 15) the numbers get smaller
// and closer, so two tables fit side by side or a wide one fits a laptop's card.
const DENSE_FROM_COLUMNS = 8;

/** The weight or bias the slider controls, with its gate's symbol for the name. */
export type FocusedCell =
  | { kind: 'weight'; name: WeightName; symbol: string; row: number; column: number }
  | { kind: 'bias'; name: BiasName; symbol: string; row: number }
  /** a peephole weight of the peephole LSTM (pf, pi, po) */
  | { kind: 'peephole'; name: BiasName; symbol: string; row: number };

/** The input names heading the columns: h₁…h_H, then the features. Pure. */
export function columnNames(scenario: Scenario): string[] {
  const hiddenSize = hiddenSizeOf(scenario);
  return [...Array.from({ length: hiddenSize }, (_, k) => `h${subscript(k + 1)}`), ...scenario.features];
}

/** A weight's or bias's accessible name, e.g. "W f, unit 1, pronoun", in the dictionary's language. Pure. */
export function cellLabel(cell: FocusedCell, columns: readonly string[], t: Dictionary): string {
  const unit = cell.row + 1;
  if (cell.kind === 'weight') return fill(t.weights.weightLabel, { symbol: cell.symbol, unit, column: columns[cell.column] ?? '' });
  if (cell.kind === 'peephole') return fill(t.cells.weights.peepholeLabel, { symbol: cell.symbol, unit });
  return fill(t.weights.biasLabel, { symbol: cell.symbol, unit });
}

/** One gate's weights as a grid: a row per hidden unit, a column per input ([h₁…h_H, features…]) and b. */
export function GateWeights({ gate, scenario, limit, digits, focused, onWeight, onBias, onFocusCell }: GateWeightsProps) {
  const t = useT();
  const hiddenSize = hiddenSizeOf(scenario);
  const columns = columnNames(scenario);
  const matrix = matrixOf(scenario.params, gate.weights) ?? [];
  const biases = vectorOf(scenario.params, gate.bias) ?? [];
  const name = gate.name;
  return (
    <section
      className={`${styles.gate} ${focused ? styles.focused : ''}`}
      style={{ borderColor: gate.color }}
      aria-label={fill(t.weights.gateRegion, { gate: name })}
      data-gate-editor={gate.id}
    >
      <h3 className={styles.gateTitle} style={{ color: gate.color }}>
        {name} <span className={styles.gateSymbol}>W<sub>{gate.symbol}</sub>, b<sub>{gate.symbol}</sub></span>
      </h3>
      <div className={styles.scroller}>
        <table className={`${styles.grid} ${columns.length + 1 >= DENSE_FROM_COLUMNS ? styles.dense : ''}`}>
          <thead>
            <tr>
              {hiddenSize > 1 && <th scope="col" className={styles.unitHeader}>{t.weights.unit}</th>}
              {columns.map((column, k) => (
                <th key={k} scope="col" className={k < hiddenSize ? styles.hiddenColumn : undefined}>
                  {column}
                </th>
              ))}
              <th scope="col" className={styles.biasColumn}>b</th>
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, r) => (
              <tr key={r}>
                {hiddenSize > 1 && <th scope="row" className={styles.unitHeader}>{r + 1}</th>}
                {row.map((value, c) => {
                  const cell = weightCell(gate, r, c);
                  return (
                    <td key={c}>
                      <ScrubNumber
                        value={value}
                        limit={limit}
                        digits={digits}
                        quantity="weight"
                        label={cellLabel(cell, columns, t)}
                        onChange={(next, group) => onWeight(gate.weights, r, c, next, group)}
                        onFocus={() => onFocusCell(cell)}
                      />
                    </td>
                  );
                })}
                <td className={styles.biasColumn}>
                  <ScrubNumber
                    value={biases[r]}
                    limit={limit}
                    digits={digits}
                    quantity="weight"
                    label={cellLabel(biasCell(gate, r), columns, t)}
                    onChange={(next, group) => onBias(gate.bias, r, next, group)}
                    onFocus={() => onFocusCell(biasCell(gate, r))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function weightCell(gate: GateInfo, row: number, column: number): FocusedCell {
  return { kind: 'weight', name: gate.weights, symbol: gate.symbol, row, column };
}

function biasCell(gate: GateInfo, row: number): FocusedCell {
  return { kind: 'bias', name: gate.bias, symbol: gate.symbol, row };
}
