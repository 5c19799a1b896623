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
 * gates, GRU — in one compact row with a line on the chosen cell (each option's line is its tooltip).
 * After a switch it says, politely, what happened to the weights (unchanged, dropped, or mapped onto the
 * GRU's layers); that line takes no room until then.
 */
export function CellSwitch({ scenario, onCell }: CellSwitchProps) {
  const t = useT();
  const words = t.cells;
  const name = useId();
  const labelId = useId();
  const aboutId = useId();
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
    <div className={styles.wrapper}>
      <div className={styles.switch} role="radiogroup" aria-labelledby={labelId} aria-describedby={`${aboutId} ${hintId}`}>
        <span id={labelId} className={styles.legend}>
          {words.switchLabel}
        </span>
        {CELL_KINDS.map((kind) => (
          <label key={kind} className={`${styles.option} ${kind === current ? styles.checked : ''}`} data-cell={kind} title={words.about[kind]}>
            <input type="radio" name={name} value={kind} checked={kind === current} onChange={() => pick(kind)} className={styles.radio} />
            <span className={styles.name}>{words.names[kind]}</span>
          </label>
        ))}
        <span id={aboutId} className={`${styles.about} hidden-on-short-screen`}>
          {words.about[current]}
        </span>
        <span id={hintId} className="visually-hidden">
          {words.switchHint}
        </span>
      </div>
      <p className={styles.note} role="status" aria-live="polite">
        {shown}
      </p>
    </div>
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
