import { memo, useId } from 'react';
import type { LstmStep } from '../../../core';
import { fill, useT } from '../../../i18n';
import { QUANTITIES, type QuantityInfo } from '../../quantities';
import { ActivationPlot, type PlotPoint } from './ActivationPlot';
import styles from './ActivationPlots.module.css';

interface ActivationPlotsProps {
  /** the step whose pre-activations are marked */
  step: LstmStep;
  /** decimals in labels and titles */
  digits: number;
}

/** Sigmoid and tanh side by side, with the current step's pre-activations z marked on their curves. */
export const ActivationPlots = memo(function ActivationPlots({ step, digits }: ActivationPlotsProps) {
  const words = useT().plots;
  const titleId = useId();
  const multiUnit = step.h.length > 1;
  const pointsOf = (squash: QuantityInfo['squash']) =>
    QUANTITIES.filter((quantity) => quantity.squash === squash).flatMap((quantity) => markers(quantity, step, multiUnit, words.unitPoint));
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
        <ActivationPlot kind="sigmoid" caption={words.sigmoid} points={pointsOf('σ')} digits={digits} />
        <ActivationPlot kind="tanh" caption={words.tanh} points={pointsOf('tanh')} digits={digits} />
      </div>
    </section>
  );
});

/** One marker per unit for a learned layer, labelled only for the first unit to avoid a pile of text. */
function markers(quantity: QuantityInfo, step: LstmStep, multiUnit: boolean, unitName: string): PlotPoint[] {
  const preActivation = quantity.preActivation;
  if (!preActivation) return [];
  return step[preActivation].map((z, unit) => ({
    id: `${quantity.key}-${unit}`,
    name: multiUnit ? fill(unitName, { symbol: quantity.symbol, unit: unit + 1 }) : quantity.symbol,
    symbol: quantity.symbol,
    color: quantity.color,
    z,
    labelled: unit === 0,
  }));
}
