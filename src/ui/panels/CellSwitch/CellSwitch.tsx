import { useId, useState } from 'react';
import { fill, useT, type Dictionary } from '../../../i18n';
import { CELL_KINDS, cellConversion, cellOf, type CellConversion, type CellKind, type Scenario } from '../../../model';
import styles from './CellSwitch.module.css';

/** The props of the cell switch. */
export interface CellSwitchProps {
  /** the scenario shown; its cell is the checked option, and a switch converts it */
  scenario: Scenario;
  /** called with the picked cell; the caller dispatches { type: 'setCell', cell } (one undo step) */
  onCell: (cell: CellKind) => void;
}

/** What the last switch did, remembered until the scenario runs another cell again (an undo, a new file). */
interface Note {
  from: CellKind;
  to: CellKind;
  conversion: CellConversion;
}

/**
 * A labelled radio group of the four cells — standard LSTM, peephole LSTM, coupled input and forget
 * gates, GRU — each with a line on what it is. After a switch it says, politely, what happened to the
 * weights (unchanged, dropped, or mapped onto the GRU's layers).
 */
export function CellSwitch({ scenario, onCell }: CellSwitchProps) {
  const t = useT();
  const words = t.cells;
  const name = useId();
  const hintId = useId();
  const current = cellOf(scenario);
  const [note, setNote] = useState<Note | null>(null);
  const pick = (to: CellKind) => {
    if (to === current) return;
    setNote({ from: current, to, conversion: cellConversion(scenario, to) });
    onCell(to);
  };
  const shown = note && note.to === current ? noteText(note, t) : '';
  return (
    <fieldset className={styles.switch} aria-describedby={hintId}>
      <legend className={styles.legend}>{words.switchLabel}</legend>
      <p id={hintId} className={styles.hint}>
        {words.switchHint}
      </p>
      <div className={styles.options}>
        {CELL_KINDS.map((kind) => (
          <label key={kind} className={`${styles.option} ${kind === current ? styles.checked : ''}`} data-cell={kind}>
            <input
              type="radio"
              name={name}
              value={kind}
              checked={kind === current}
              onChange={() => pick(kind)}
              className={styles.radio}
            />
            <span className={styles.name}>{words.names[kind]}</span>
            <span className={styles.about}>{words.about[kind]}</span>
          </label>
        ))}
      </div>
      <p className={styles.note} role="status" aria-live="polite">
        {shown}
      </p>
    </fieldset>
  );
}

/** The sentence for a switch in the reader's language. Pure. */
export function noteText(note: Note, t: Dictionary): string {
  const words = t.cells.conversion;
  const cell = t.cells.names[note.to];
  switch (note.conversion) {
    case 'same':
      return '';
    case 'exact':
      if (note.from === 'coupled') return fill(words.fromCoupled, { cell });
      if (note.to === 'peephole') return fill(words.peepholeZero, { cell });
      return fill(words.exact, { cell });
    case 'dropsPeepholes':
      return fill(words.dropsPeepholes, { cell });
    case 'dropsInputLayer':
      return fill(words.dropsInputLayer, { cell });
    case 'toGru':
      return words.toGru;
    case 'fromGru':
      return fill(words.fromGru, { cell });
  }
}
