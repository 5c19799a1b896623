import type { BiasName, Scenario, WeightName } from '../../../model';
import { ScrubNumber } from '../../common/ScrubNumber';
import { subscript } from '../../format';
import styles from './WeightEditor.module.css';

/** What one gate's block shows: its weights, its bias, its name and colour. */
export interface GateInfo {
  id: 'forget' | 'input' | 'candidate' | 'output';
  weights: WeightName;
  bias: BiasName;
  name: string;
  symbol: string;
  color: string;
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

/** The weight or bias the slider controls. */
export type FocusedCell =
  | { kind: 'weight'; name: WeightName; row: number; column: number; label: string }
  | { kind: 'bias'; name: BiasName; row: number; label: string };

/** One gate's weights as a grid: a row per hidden unit, a column per input ([h₁…h_H, features…]) and b. */
export function GateWeights({ gate, scenario, limit, digits, focused, onWeight, onBias, onFocusCell }: GateWeightsProps) {
  const hiddenSize = scenario.params.Wf.length;
  const columns = [...Array.from({ length: hiddenSize }, (_, k) => `h${subscript(k + 1)}`), ...scenario.features];
  const matrix = scenario.params[gate.weights];
  const biases = scenario.params[gate.bias];
  return (
    <section
      className={`${styles.gate} ${focused ? styles.focused : ''}`}
      style={{ borderColor: gate.color }}
      aria-label={`${gate.name} weights`}
      data-gate-editor={gate.id}
    >
      <h3 className={styles.gateTitle} style={{ color: gate.color }}>
        {gate.name} <span className={styles.gateSymbol}>W<sub>{gate.symbol}</sub>, b<sub>{gate.symbol}</sub></span>
      </h3>
      <div className={styles.scroller}>
        <table className={styles.grid}>
          <thead>
            <tr>
              {hiddenSize > 1 && <th scope="col" className={styles.unitHeader}>unit</th>}
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
                {row.map((value, c) => (
                  <td key={c}>
                    <ScrubNumber
                      value={value}
                      limit={limit}
                      digits={digits}
                      label={`W ${gate.symbol}, unit ${r + 1}, ${columns[c]}`}
                      onChange={(next, group) => onWeight(gate.weights, r, c, next, group)}
                      onFocus={() =>
                        onFocusCell({ kind: 'weight', name: gate.weights, row: r, column: c, label: `W ${gate.symbol}, unit ${r + 1}, ${columns[c]}` })
                      }
                    />
                  </td>
                ))}
                <td className={styles.biasColumn}>
                  <ScrubNumber
                    value={biases[r]}
                    limit={limit}
                    digits={digits}
                    label={`b ${gate.symbol}, unit ${r + 1}`}
                    onChange={(next, group) => onBias(gate.bias, r, next, group)}
                    onFocus={() => onFocusCell({ kind: 'bias', name: gate.bias, row: r, label: `b ${gate.symbol}, unit ${r + 1}` })}
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
