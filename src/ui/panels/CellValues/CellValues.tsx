import { memo } from 'react';
import { concatInputTex, formatNumber } from '../../../tex';
import { fill, useT } from '../../../i18n';
import { CELLS, type CellKind, type CellStep, type QuantityDescription } from '../../../model';
import { cellFromStep, quantityIn, quantityNames, valuesOf } from '../../cellLook';
import { Rich } from '../../common/Rich';
import { Tex } from '../../common/Tex';
import { ValueBar } from '../../common/ValueBar';
import styles from './CellValues.module.css';

interface CellValuesProps {
  /** the step of any cell */
  step: CellStep;
  t: number;
  token: string;
  digits: number;
  /** the cell the step belongs to; read from the step when absent (a GRU step, else the LSTM) */
  cell?: CellKind;
}

/** Every quantity of the cell at one step: the concatenated input, the pre-activations, gates and states. */
export const CellValues = memo(function CellValues({ step, t, token, digits, cell }: CellValuesProps) {
  const dictionary = useT();
  const words = dictionary.values;
  const names = quantityNames(dictionary);
  const kind = cell ?? cellFromStep(step);
  const units = step.h.map((_, unit) => unit);
  const multiUnit = units.length > 1;
  return (
    <section className={styles.panel} aria-labelledby="cell-values-title">
      <h2 id="cell-values-title" className={styles.title}>
        <Rich template={words.title} values={{ token: <span className={styles.token}>{token}</span> }} />
      </h2>
      {/* Focusable: with many units the vector scrolls sideways, and a keyboard must be able to scroll it. */}
      <div className={styles.input} data-testid="concat-input" tabIndex={0} role="group" aria-label={words.caption}>
        <p className={styles.caption}>{words.caption}</p>
        <Tex tex={concatInputTex(step, t, token, digits)} display />
      </div>
      <table className={styles.table}>
        <caption className="visually-hidden">{fill(words.tableCaption, { t })}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columns.quantity}</th>
            {multiUnit && <th scope="col">{words.columns.unit}</th>}
            <th scope="col" className={styles.number}>
              {words.columns.before}
            </th>
            <th scope="col" className={styles.number}>
              {words.columns.value}
            </th>
            <th scope="col" className={styles.barColumn}>
              <span className="visually-hidden">{words.columns.size}</span>
            </th>
          </tr>
        </thead>
        {CELLS[kind].quantities.map((quantity) => (
          <tbody key={quantity.key} className={styles.group}>
            {units.map((unit) => (
              <tr key={unit}>
                {unit === 0 && (
                  <th scope="rowgroup" rowSpan={units.length} className={styles.label}>
                    <span className={styles.labelInner}>
                      <span className={styles.swatch} style={{ background: quantity.color }} aria-hidden="true" />
                      <span className={styles.symbol}>
                        {quantity.symbol}
                        <sub>{t}</sub>
                      </span>
                      {names[quantity.key]}
                    </span>
                  </th>
                )}
                {multiUnit && <td className={styles.unit}>{unit + 1}</td>}
                <td className={styles.number}>{before(kind, quantity, step, unit, t, digits)}</td>
                <td className={`${styles.number} ${styles.value}`} data-quantity={quantity.key} data-unit={unit}>
                  {formatNumber(value(step, quantity.key, unit), digits)}
                </td>
                <td className={styles.barColumn}>
                  <ValueBar value={value(step, quantity.key, unit)} kind={quantity.role === 'gate' ? 'gate' : 'signed'} color={quantity.color} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
});

function value(step: CellStep, key: string, unit: number): number {
  return valuesOf(step, key)?.[unit] ?? Number.NaN;
}

/** What the value came from: σ(z) or tanh(z) for a layer, 1 − f for the coupled input gate, the previous state for C and h. */
function before(kind: CellKind, quantity: QuantityDescription, step: CellStep, unit: number, t: number, digits: number) {
  if (quantity.complementOf) {
    const other = quantityIn(kind, quantity.complementOf);
    return (
      <>
        1 − {other?.symbol}
        <sub>{t}</sub> = 1 −{' '}
        <span data-quantity={quantity.complementOf} data-unit={unit}>
          {formatNumber(value(step, quantity.complementOf, unit), digits)}
        </span>
      </>
    );
  }
  if (quantity.preActivation) {
    return (
      <>
        {quantity.squash}(
        <span data-quantity={quantity.preActivation} data-unit={unit}>
          {formatNumber(value(step, quantity.preActivation, unit), digits)}
        </span>
        )
      </>
    );
  }
  if (quantity.previous) {
    return (
      <>
        <span className={styles.previousSymbol}>
          {quantity.symbol}
          <sub>{t - 1}</sub> ={' '}
        </span>
        <span data-quantity={quantity.previous} data-unit={unit}>
          {formatNumber(value(step, quantity.previous, unit), digits)}
        </span>
      </>
    );
  }
  return null;
}
