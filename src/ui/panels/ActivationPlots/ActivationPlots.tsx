import { memo, useId } from 'react';
import { fill, useT } from '../../../i18n';
import { CELLS, type CellKind, type CellStep, type QuantityDescription } from '../../../model';
import { cellFromStep, valuesOf } from '../../cellLook';
import { ActivationPlot, type PlotPoint } from './ActivationPlot';
import styles from './ActivationPlots.module.css';

interface ActivationPlotsProps {
  /** the step whose pre-activations are marked: any cell's */
  step: CellStep;
  /** decimals in labels and titles */
  digits: number;
  /** the cell the step belongs to; read from the step when absent (a GRU step, else the LSTM) */
  cell?: CellKind;
}

/** Sigmoid and tanh side by side, with the current step's pre-activations z marked on their curves. */
export const ActivationPlots = memo(function ActivationPlots({ step, digits, cell }: ActivationPlotsProps) {
  const t = useT();
  const words = t.plots;
  const kind = cell ?? cellFromStep(step);
  const titleId = useId();
  const multiUnit = step.h.length > 1;
  const pointsOf = (squash: QuantityDescription['squash']) =>
    CELLS[kind].quantities.filter((quantity) => quantity.squash === squash).flatMap((quantity) => markers(quantity, step, multiUnit, words.unitPoint));
  const sigmoidCaption = kind === 'gru' ? t.cells.plots.sigmoidGru : kind === 'coupled' ? t.cells.plots.sigmoidCoupled : words.sigmoid;
  return (
    <section className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {words.title}
      </h2>
      <p className={styles.caption}>
        {words.caption}
        {multiUnit && words.multiUnit}
      </p>
      <div className={styles.plots}>
        <ActivationPlot kind="sigmoid" caption={sigmoidCaption} points={pointsOf('σ')} digits={digits} />
        <ActivationPlot kind="tanh" caption={kind === 'gru' ? t.cells.plots.tanhGru : words.tanh} points={pointsOf('tanh')} digits={digits} />
      </div>
    </section>
  );
});

/** One marker per unit for a learned layer, labelled only for the first unit to avoid a pile of text. */
function markers(quantity: QuantityDescription, step: CellStep, multiUnit: boolean, unitName: string): PlotPoint[] {
  const sums = quantity.preActivation ? valuesOf(step, quantity.preActivation) : undefined;
  if (!sums) return [];
  return sums.map((z, unit) => ({
    id: `${quantity.key}-${unit}`,
    name: multiUnit ? fill(unitName, { symbol: quantity.symbol, unit: unit + 1 }) : quantity.symbol,
    symbol: quantity.symbol,
    color: quantity.color,
    z,
    labelled: unit === 0,
  }));
}
