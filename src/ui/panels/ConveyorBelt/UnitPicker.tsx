import { useId } from 'react';
import { fill, useT } from '../../../i18n';
import styles from './ConveyorBelt.module.css';

interface UnitPickerProps {
  lanes: number;
  /** the unit the reader picked, or null to follow the largest change */
  chosen: number | null;
  /** the unit of the largest change at this step */
  automatic: number;
  onChoose: (unit: number | null) => void;
}

/** Picks the unit whose values the belt writes out (units are counted from 1 on screen). */
export function UnitPicker({ lanes, chosen, automatic, onChoose }: UnitPickerProps) {
  const words = useT().belt.focus;
  const id = useId();
  const shown = chosen ?? automatic;
  return (
    <p className={styles.unitPicker}>
      <label htmlFor={id}>{words.label}</label>{' '}
      <select id={id} value={chosen === null ? 'auto' : String(chosen)} onChange={(event) => onChoose(event.target.value === 'auto' ? null : Number(event.target.value))}>
        <option value="auto">{fill(words.auto, { unit: automatic + 1 })}</option>
        {Array.from({ length: lanes }, (_, unit) => (
          <option key={unit} value={unit}>
            {fill(words.unit, { unit: unit + 1 })}
          </option>
        ))}
      </select>{' '}
      <span className={styles.unitNote} aria-live="polite">
        {fill(words.note, { unit: shown + 1 })}
      </span>
    </p>
  );
}
