import type { EncodedToken } from '../../../model';
import { fill, useT } from '../../../i18n';
import styles from './Timeline.module.css';

interface TimelineHeaderProps {
  tokens: readonly EncodedToken[];
  current: number;
  /** the step where the cell state changes most, marked for the eye; −1 for none */
  standout: number;
  /** the standout column's tooltip, when not the LSTM's "the cell state changes most here" */
  standoutTitle?: string;
  /** true when Tab should land on the header rather than on a value row */
  holdsTabStop: boolean;
  onSelect: (step: number) => void;
}

/** The header row: one button per token (its text, and t small) that jumps to that step. */
export function TimelineHeader({ tokens, current, standout, standoutTitle, holdsTabStop, onSelect }: TimelineHeaderProps) {
  const words = useT().timeline;
  return (
    <thead>
      <tr>
        <th scope="col" className={`${styles.rowLabel} ${styles.corner}`}>
          <span className="visually-hidden">{words.quantity}</span>
        </th>
        {tokens.map((token, step) => {
          const isCurrent = step === current;
          const classes = [styles.column, isCurrent && styles.currentColumn, step === standout && styles.standout];
          return (
            <th key={step} scope="col" className={classes.filter(Boolean).join(' ')}>
              <button
                type="button"
                className={styles.token}
                tabIndex={holdsTabStop && isCurrent ? 0 : -1}
                aria-label={fill(words.column, { token: token.text, t: step })}
                aria-current={isCurrent ? 'step' : undefined}
                title={step === standout ? (standoutTitle ?? words.standoutTitle) : token.text}
                data-grid-row={0}
                data-grid-col={step}
                onClick={() => onSelect(step)}
              >
                <span className={styles.word}>{token.text}</span>
                <span className={styles.time}>t={step}</span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
