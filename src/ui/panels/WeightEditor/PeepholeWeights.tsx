import { useT } from '../../../i18n';
import { CELLS, vectorOf, type BiasName, type PeepholeScenario } from '../../../model';
import { ScrubNumber } from '../../common/ScrubNumber';
import { cellLabel, type FocusedCell } from './GateWeights';
import styles from './WeightEditor.module.css';
import peepholeStyles from './PeepholeWeights.module.css';

interface PeepholeWeightsProps {
  scenario: PeepholeScenario;
  /** the largest |p| allowed */
  limit: number;
  digits: number;
  onPeephole: (name: BiasName, row: number, value: number, group: string) => void;
  /** a cell got focus: the editor's slider follows it */
  onFocusCell: (cell: FocusedCell) => void;
}

/**
 * The peephole LSTM's per-unit weights on the cell state in one grid: a row per unit, a column for each
 * of p_f, p_i (which see C_{t−1}) and p_o (which sees C_t), in each gate's colour.
 */
export function PeepholeWeights({ scenario, limit, digits, onPeephole, onFocusCell }: PeepholeWeightsProps) {
  const t = useT();
  const words = t.cells.weights;
  const looks = CELLS.peephole.layers.flatMap((layer) => {
    const quantity = CELLS.peephole.quantities.find((candidate) => candidate.key === layer.output);
    return layer.peephole && quantity ? [{ name: layer.peephole.name, symbol: quantity.symbol, color: quantity.color, sees: layer.peephole.sees }] : [];
  });
  const units = scenario.params.pf.map((_, unit) => unit);
  const multiUnit = units.length > 1;
  const cellOf = (name: BiasName, symbol: string, row: number): FocusedCell => ({ kind: 'peephole', name, symbol, row });
  return (
    <section className={`${styles.gate} ${peepholeStyles.peepholes}`} aria-label={words.peepholes} data-gate-editor="peepholes">
      <h3 className={styles.gateTitle}>
        {words.peepholes}{' '}
        <span className={styles.gateSymbol}>
          p<sub>f</sub>, p<sub>i</sub>, p<sub>o</sub>
        </span>
      </h3>
      <p className={peepholeStyles.hint}>{words.peepholeHint}</p>
      <div className={styles.scroller}>
        <table className={styles.grid}>
          <thead>
            <tr>
              {multiUnit && <th scope="col" className={styles.unitHeader}>{t.weights.unit}</th>}
              {looks.map((look) => (
                <th key={look.name} scope="col" style={{ color: look.color }}>
                  p<sub>{look.symbol}</sub> · C<sub>{look.sees === 'c' ? 't' : 't−1'}</sub>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit}>
                {multiUnit && <th scope="row" className={styles.unitHeader}>{unit + 1}</th>}
                {looks.map((look) => {
                  const cell = cellOf(look.name, look.symbol, unit);
                  return (
                    <td key={look.name}>
                      <ScrubNumber
                        value={vectorOf(scenario.params, look.name)?.[unit] ?? 0}
                        limit={limit}
                        digits={digits}
                        quantity="weight"
                        label={cellLabel(cell, [], t)}
                        onChange={(next, group) => onPeephole(look.name, unit, next, group)}
                        onFocus={() => onFocusCell(cell)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
