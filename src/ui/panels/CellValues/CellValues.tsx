import { memo } from 'react';
import type { LstmStep } from '../../../core';
import { concatInputTex, formatNumber } from '../../../tex';
import { fill, useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { Tex } from '../../common/Tex';
import { ValueBar } from '../../common/ValueBar';
import { QUANTITIES, type QuantityInfo } from '../../quantities';
import styles from './CellValues.module.css';

interface CellValuesProps {
  step: LstmStep;
  t: number;
  token: string;
  digits: number;
}

/** Every quantity of the cell at one step: the concatenated input, the pre-activations, gates and states. */
export const CellValues = memo(function CellValues({ step, t, token, digits }: CellValuesProps) {
  const words = useT().values;
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
        {QUANTITIES.map((quantity) => (
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
                      {words.quantities[quantity.key]}
                    </span>
                  </th>
                )}
                {multiUnit && <td className={styles.unit}>{unit + 1}</td>}
                <td className={styles.number}>{before(quantity, step, unit, t, digits)}</td>
                <td className={`${styles.number} ${styles.value}`} data-quantity={quantity.key} data-unit={unit}>
                  {formatNumber(step[quantity.key][unit], digits)}
                </td>
                <td className={styles.barColumn}>
                  <ValueBar value={step[quantity.key][unit]} kind={quantity.range} color={quantity.color} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
});

/** What the value came from: σ(z) or tanh(z) for a layer, the previous state for C and h. */
function before(quantity: QuantityInfo, step: LstmStep, unit: number, t: number, digits: number) {
  if (quantity.preActivation) {
    return (
      <>
        {quantity.squash}(
        <span data-quantity={quantity.preActivation} data-unit={unit}>
          {formatNumber(step[quantity.preActivation][unit], digits)}
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
          {formatNumber(step[quantity.previous][unit], digits)}
        </span>
      </>
    );
  }
  return null;
}
